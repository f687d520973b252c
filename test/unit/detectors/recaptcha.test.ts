import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import recaptcha, { embedderOf } from '@/lib/detectors/recaptcha';
import { beforeDetectorsStart, outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { backgroundOfTab, leave, settle, visit } from '../support/frames';

const ANCHOR =
  'https://www.google.com/recaptcha/api2/anchor?ar=1&k=6LcQh3kUAAAAAHzFh1fM9oUPBdvzKm0Qx1qOeC0k&co=aHR0cHM6Ly93d3cuZXhhbXBsZS1zaG9wLmZyOjQ0Mw..&hl=fr&v=pCoGBhjs9s8EhFOHJFe8cqis&size=normal&cb=x3m1q8r2v9ta';
const BFRAME =
  'https://www.google.com/recaptcha/api2/bframe?hl=fr&v=pCoGBhjs9s8EhFOHJFe8cqis&k=6LcQh3kUAAAAAHzFh1fM9oUPBdvzKm0Qx1qOeC0k';
const SHOP = 'https://www.example-shop.fr/compte/inscription';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** What recaptcha__fr.js does when a challenge arrives: a new 3×3 grid in the target. */
function showGrid(): void {
  const cells = Array.from(
    { length: 9 },
    (_, i) =>
      `<td role="button" tabindex="0" class="rc-imageselect-tile" aria-label="Image de validation ${i + 1}"><img class="rc-image-tile-33"></td>`,
  );
  $('#rc-imageselect-target').innerHTML =
    `<table class="rc-imageselect-table-33"><tbody><tr>${cells.slice(0, 3).join('')}</tr><tr>${cells.slice(3, 6).join('')}</tr><tr>${cells.slice(6).join('')}</tr></tbody></table>`;
}

/** The person clicks a tile and the widget toggles it. */
function pickTile(n: number, actor = person): void {
  const tile = $(`[aria-label="Image de validation ${n}"]`);
  actor.click(tile);
  tile.classList.toggle('rc-imageselect-tileselected');
}

describe('recaptcha detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => backgroundOfTab(SHOP));
  afterEach(() => {
    ctx?.abort();
    leave();
  });

  /** The detector starts in the frame at `url`, on the page the test loaded. */
  async function startIn(url: string): Promise<void> {
    ctx?.abort();
    visit(url);
    ctx = await startDetectors([recaptcha]);
  }

  it('runs in the anchor and the bframe on google.com and recaptcha.net, nowhere else', () => {
    expect(recaptcha.matches(new URL(ANCHOR))).toBe(true);
    expect(recaptcha.matches(new URL(BFRAME))).toBe(true);
    expect(recaptcha.matches(new URL('https://www.recaptcha.net/recaptcha/enterprise/anchor?k=x'))).toBe(true);
    expect(recaptcha.matches(new URL('https://www.google.com/recaptcha/api2/demo'))).toBe(false);
    expect(recaptcha.matches(new URL('https://www.google.com/search?q=recaptcha'))).toBe(false);
    expect(recaptcha.matches(new URL('https://evil.example/recaptcha/api2/anchor'))).toBe(false);
  });

  it("reads the embedding page's host from the anchor's co parameter", () => {
    expect(embedderOf(new URL(ANCHOR))).toBe('www.example-shop.fr');
    expect(embedderOf(new URL('https://www.google.com/recaptcha/api2/anchor?co=%%%'))).toBeUndefined();
    expect(embedderOf(new URL(BFRAME))).toBeUndefined();
  });

  it('records the pass with the rounds and images of the challenge, failed round included', async () => {
    loadFixture('sites/www.google.com/recaptcha/api2/bframe.html');
    await startIn(BFRAME);
    showGrid();
    await settle();
    for (const n of [1, 4, 7]) pickTile(n);
    person.click($('#recaptcha-verify-button')); // wrong: "Veuillez réessayer."
    showGrid();
    await settle();
    for (const n of [2, 5, 5, 8]) pickTile(n); // 5 picked, then unpicked
    person.click($('#recaptcha-verify-button'));
    await settle();
    expect(await outbox()).toEqual([]); // the bframe never sees the pass

    loadFixture('sites/www.google.com/recaptcha/api2/anchor.html');
    await startIn(ANCHOR);
    person.click($('#recaptcha-anchor'));
    $('#recaptcha-anchor').setAttribute('aria-checked', 'true'); // the token came back
    await settle();
    const [entry, ...rest] = await outbox();
    expect(rest).toEqual([]);
    expect(entry?.event).toMatchObject({
      kind: 'captcha.solved',
      category: 'captcha',
      detector: 'recaptcha',
      via: 'www.google.com',
      units: { rounds: 2, images: 5 },
    });
    expect(entry?.event.endedAt).toBeGreaterThanOrEqual(entry?.event.startedAt ?? Infinity);
  });

  it('counts the picks made before the detectors started, and images replaced in a "none left" grid', async () => {
    loadFixture('sites/www.google.com/recaptcha/api2/bframe.html');
    visit(BFRAME);
    showGrid();
    beforeDetectorsStart(() => {
      pickTile(1);
      pickTile(5);
    });
    await startIn(BFRAME);
    pickTile(9);
    person.click($('#recaptcha-verify-button'));
    showGrid();
    await settle();
    for (const n of [3, 6]) {
      const tile = $(`[aria-label="Image de validation ${n}"]`);
      person.click(tile);
      tile.classList.add('rc-imageselect-dynamic-selected'); // fades out, a new image comes in
    }
    await settle();
    person.click($('#recaptcha-verify-button'));
    await settle();

    loadFixture('sites/www.google.com/recaptcha/api2/anchor.html');
    await startIn(ANCHOR);
    person.click($('#recaptcha-anchor'));
    $('#recaptcha-anchor').setAttribute('aria-checked', 'true');
    await settle();
    const entries = await outbox();
    expect(entries.map((entry) => entry.event.units)).toEqual([{ rounds: 2, images: 5 }]);
  });

  it('records a tick that passes without a challenge, with no rounds', async () => {
    loadFixture('sites/www.google.com/recaptcha/api2/anchor.html');
    await startIn(ANCHOR);
    person.click($('#recaptcha-anchor'));
    $('#recaptcha-anchor').setAttribute('aria-checked', 'true');
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({ kind: 'captcha.solved', units: {} });
  });

  it('records a tick made before the detectors started, which the widget had passed by then', async () => {
    loadFixture('sites/www.google.com/recaptcha/api2/anchor.html');
    visit(ANCHOR);
    beforeDetectorsStart(() => person.click($('#recaptcha-anchor')));
    $('#recaptcha-anchor').setAttribute('aria-checked', 'true');
    ctx = await startDetectors([recaptcha]);
    await settle();
    expect((await outbox()).map((entry) => entry.event.kind)).toEqual(['captcha.solved']);
  });

  it('records the rounds done as captcha.failed when reCAPTCHA blocks the person', async () => {
    loadFixture('sites/www.google.com/recaptcha/api2/bframe.html');
    await startIn(BFRAME);
    showGrid();
    pickTile(3);
    person.click($('#recaptcha-verify-button'));
    await settle();
    $('#rc-imageselect').innerHTML =
      '<div class="rc-doscaptcha-header"><div class="rc-doscaptcha-header-text">Réessayez plus tard</div></div><div class="rc-doscaptcha-body">Votre ordinateur ou votre réseau envoie peut-être des requêtes automatiques.</div>';
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({ kind: 'captcha.failed', units: { rounds: 1, images: 1 } });
  });

  it('records nothing for a challenge left unanswered or a tick that never passes', async () => {
    loadFixture('sites/www.google.com/recaptcha/api2/bframe.html');
    await startIn(BFRAME);
    showGrid();
    pickTile(1);
    pickTile(2);
    loadFixture('sites/www.google.com/recaptcha/api2/anchor.html');
    await startIn(ANCHOR);
    person.click($('#recaptcha-anchor'));
    await settle();
    ctx?.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from events a page script makes up, and counts none of its rounds', async () => {
    loadFixture('sites/www.google.com/recaptcha/api2/bframe.html');
    await startIn(BFRAME);
    showGrid();
    pickTile(1, pageScript);
    pageScript.click($('#recaptcha-verify-button'));
    await settle();
    loadFixture('sites/www.google.com/recaptcha/api2/anchor.html');
    await startIn(ANCHOR);
    pageScript.click($('#recaptcha-anchor'));
    $('#recaptcha-anchor').setAttribute('aria-checked', 'true');
    await settle();
    expect(await outbox()).toEqual([]);

    // A real tick later on: the made-up round is not in it.
    $('#recaptcha-anchor').setAttribute('aria-checked', 'false');
    person.click($('#recaptcha-anchor'));
    $('#recaptcha-anchor').setAttribute('aria-checked', 'true');
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event.units).toEqual({});
  });
});
