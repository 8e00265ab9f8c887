/**
 * Google's requirements for a schema.org Dataset
 * (https://developers.google.com/search/docs/appearance/structured-data/dataset): the required
 * `name` and `description` (50–5,000 characters), and the recommended properties the site has
 * data for, each in the form Google documents. `expected` names the recommended properties that
 * must be present because the site has what they say (a licence only once content/site.ts sets
 * one). Returns one line per problem.
 */
export function googleDatasetProblems(
  data: Record<string, unknown>,
  expected: readonly string[],
): string[] {
  const problems: string[] = [];
  if (data['@type'] !== 'Dataset') return [`@type is ${String(data['@type'])}, not Dataset`];
  if (typeof data.name !== 'string' || !data.name.trim())
    problems.push('name is missing (required)');
  const description = data.description;
  if (typeof description !== 'string') problems.push('description is missing (required)');
  else if ([...description].length < 50 || [...description].length > 5000)
    problems.push(
      `description has ${[...description].length} characters; Google requires 50 to 5,000`,
    );
  for (const property of expected)
    if (data[property] === undefined)
      problems.push(`${property} is missing (recommended, and we have it)`);

  const list = (value: unknown) => (value === undefined ? [] : [value].flat());
  for (const creator of list(data.creator)) {
    const { '@type': type, name } = creator as Record<string, unknown>;
    if (!['Person', 'Organization'].includes(String(type)) || typeof name !== 'string' || !name)
      problems.push(
        `a creator is not a Person or Organization with a name: ${JSON.stringify(creator)}`,
      );
  }
  for (const download of list(data.distribution)) {
    const { '@type': type, contentUrl, encodingFormat } = download as Record<string, unknown>;
    if (type !== 'DataDownload' || !isUrl(contentUrl) || typeof encodingFormat !== 'string')
      problems.push(
        `a distribution is not a DataDownload with contentUrl and encodingFormat: ${JSON.stringify(download)}`,
      );
  }
  if (data.url !== undefined && !isUrl(data.url))
    problems.push(`url is not an address: ${String(data.url)}`);
  const license = data.license;
  if (license !== undefined && !isUrl(license)) {
    const { '@type': type, name } = (license ?? {}) as Record<string, unknown>;
    if (type !== 'CreativeWork' || typeof name !== 'string' || !name)
      problems.push(
        `license is neither a URL nor a CreativeWork with a name: ${JSON.stringify(license)}`,
      );
  }
  const coverage = data.temporalCoverage;
  // ISO 8601: a year, a date, or an interval of them with "/" (open ends written "..").
  const point = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;
  if (
    coverage !== undefined &&
    !new RegExp(`^(${point})(/(${point}|\\.\\.))?$`).test(String(coverage))
  )
    problems.push(`temporalCoverage is not an ISO 8601 date or interval: ${String(coverage)}`);
  for (const variable of list(data.variableMeasured))
    if (
      typeof variable !== 'string' &&
      (variable as Record<string, unknown>)?.['@type'] !== 'PropertyValue'
    )
      problems.push(
        `a variableMeasured is neither text nor a PropertyValue: ${JSON.stringify(variable)}`,
      );
  return problems;
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
