import { chromium } from '@playwright/test';
const fnSrc = `(() => { let s = 12345; const r = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
 const out = {}; for (const f of ['exp','log','tanh','sqrt','pow','log1p','expm1']) { let h = []; for (let i=0;i<20000;i++){ const x = (r()-0.5)*40; const v = f==='pow'? Math.pow(Math.abs(x), 0.37) : f==='log'||f==='sqrt'||f==='log1p'? Math[f](Math.abs(x)) : Math[f](x); h.push(v);} out[f]=h; } return out; })()`;
const node = eval(fnSrc);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
const web = await p.evaluate(fnSrc);
console.log(await b.version(), process.versions.v8);
for (const k of Object.keys(node)) { let d = 0; for (let i = 0; i < node[k].length; i++) if (node[k][i] !== web[k][i]) d++; console.log(k, d); }
await b.close();
