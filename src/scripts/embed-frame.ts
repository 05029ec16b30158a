/**
 * On an embed page (/embed/<id>/) inside another site's <iframe>: tells the host page how tall the
 * figure is, whenever that changes, so /embed/resize.js on the host can size the frame to fit. The
 * message carries only the figure id and a height; nothing is read from the host.
 */
export const EMBED_MESSAGE = 'lux-embed:height';

function start(): void {
  const main = document.querySelector<HTMLElement>('[data-embed]');
  if (!main || window.parent === window) return;
  const id = main.dataset.embed;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // A height is not a secret, and the host's origin is not known in advance: any parent may read it.
    window.parent.postMessage({ type: EMBED_MESSAGE, id, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  post();
}

start();
