import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const path = process.argv[2];
const variants = { arial: '*{font-family:Arial,sans-serif!important}', interonly: '*{font-family:"Inter Variable",Arial!important}', none: '', nosvg: 'svg{display:none!important}', nowrap: '*{text-wrap:wrap!important}', nomap: '.map{display:none!important}', nochart: '.chart{display:none!important}', nohyph: '*{hyphens:manual!important}', nofont: '' };
for (const [name, css] of Object.entries(variants)) {
  let sum = 0; const n = 3;
  for (let i = 0; i < n; i++) {
    const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: name !== 'nofont' });
    const p = await ctx.newPage();
    if (css) await p.route('**/*', async (route) => { const r = await route.fetch(); if (r.headers()['content-type']?.includes('html')) { const t = (await r.text()).replace('</head>', `<style>${css}</style></head>`).replace(/content="default-src[^"]*"/, 'content=""'); await route.fulfill({ response: r, body: t }); } else await route.fulfill({ response: r }); });
    const c = await ctx.newCDPSession(p);
    await c.send('Performance.enable');
    await p.goto('http://127.0.0.1:4400' + path, { waitUntil: 'load' });
    await p.waitForTimeout(1200);
    const m = Object.fromEntries((await c.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    sum += m.LayoutDuration * 1000;
    await ctx.close();
  }
  console.log(path, name, Math.round(sum / n));
}
await b.close();
