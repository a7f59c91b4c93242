import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere in our own code; dependencies decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ out: 'build' }),
		// Everything is served from our own origin (fonts included), so the policy can be strict. In 'auto'
		// mode kit puts a fresh nonce on its inline bootstrap script (hashes on prerendered pages; there are
		// none), so scripts never need 'unsafe-inline'. Styles come from CSS files in the build ('self');
		// only style attributes are allowed inline: server rendering writes Svelte's style: directives as
		// attributes (the reader's text size, the chart and gradebook bars, the popover's position) and
		// app.html wraps the body in style="display: contents". No <style> element or inline script passes.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
