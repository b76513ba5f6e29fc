// Bundles the office.js stand-in (browser-host.ts and the Excel double) for the browser test.
module.exports = {
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } } }] },
};
