notes = `<a href="https://gemeente.atlassian.net/browse/${t}">${t}</a>`;
const api = "https://gemeente.atlassian.net/rest/api/3/issue";
