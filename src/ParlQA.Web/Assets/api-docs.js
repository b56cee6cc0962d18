// The API page (Scalar) is written by its component: give it the site's language, named in its <meta name="language">.
document.documentElement.lang = document.querySelector('meta[name="language"]')?.content || 'nl';
