// The service worker registration of vite-plugin-pwa (a virtual module of the build).
/// <reference types="vite-plugin-pwa/vanillajs" />
