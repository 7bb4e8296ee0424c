// The service worker registration hook of vite-plugin-pwa (a virtual module of the build).
/// <reference types="vite-plugin-pwa/react" />
