// Every page is prerendered (adapter-static); nothing is rendered on a server at run time.
export const prerender = true;
export const trailingSlash = 'never';
