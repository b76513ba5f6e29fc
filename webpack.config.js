// Builds the Excel add-in's task pane into dist/: taskpane.html, taskpane.js, taskpane.css,
// assets (icons, the default template) and manifest.xml. ADDIN_URL (https, ending in "/")
// sets the production address in the manifest, as the yo-office template's urlProd does.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

require('ts-node').register({ transpileOnly: true });
const { manifestForUrl } = require('./scripts/manifest-url.ts');

const GZIP_LIMIT = 1024 * 1024;

function manifestFor(content, url) {
  return url === undefined ? content : Buffer.from(manifestForUrl(content.toString('utf8'), url));
}

/** Prints the gzipped size of every script it wrote and fails the build above 1 MiB. */
class GzipReport {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('GzipReport', (compilation) => {
      const dir = compilation.outputOptions.path;
      for (const name of Object.keys(compilation.assets).filter((n) => n.endsWith('.js'))) {
        const bytes = fs.readFileSync(path.join(dir, name));
        const gzip = zlib.gzipSync(bytes).length;
        console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB, gzip ${(gzip / 1024).toFixed(0)} KiB (limit ${GZIP_LIMIT / 1024} KiB)`);
        if (gzip > GZIP_LIMIT) compilation.errors.push(new Error(`${name} is ${gzip} bytes gzipped, over the 1 MiB limit`));
      }
    });
  }
}

function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!fs.existsSync(path.join(dir, files.cert))) {
    console.warn('No development certificate: run "npx office-addin-dev-certs install" once (see README).');
    return { type: 'https' };
  }
  return { type: 'https', options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])) };
}

module.exports = (env, argv) => ({
  mode: argv.mode ?? 'production',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { taskpane: './src/taskpane/index.ts' },
  output: { path: path.resolve(__dirname, env?.outDir ?? 'dist'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } } }],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
        { from: 'src/taskpane/hjelp.html', to: 'hjelp.html' },
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        { from: 'templates/arsmelding.docx', to: 'assets/arsmelding.docx' },
        { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true, transform: (content) => manifestFor(content, process.env.ADDIN_URL) },
      ],
    }),
    new GzipReport(),
  ],
  devServer: {
    port: 3000,
    server: argv.mode === 'development' ? devHttps() : 'http',
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: { directory: path.resolve(__dirname, 'dist') },
  },
});
