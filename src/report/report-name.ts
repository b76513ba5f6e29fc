/** "<Rapporttittel> - <Selskap>.docx", with the characters a file name cannot hold replaced. */
export function defaultReportName(title: string, company: string): string {
  const name = `${title} - ${company}`.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').replace(/\s+/g, ' ').trim();
  return `${name === '-' ? 'arsmelding' : name}.docx`;
}
