// Every page is prerendered to static HTML (adapter-static); the data is read in the browser.
export const prerender = true;
// `/about/` is written as about/index.html, which every static file server can serve (an
// `about.html` needs the server to add the extension). Links therefore end with a slash.
export const trailingSlash = 'always';
