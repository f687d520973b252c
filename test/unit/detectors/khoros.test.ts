import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import khoros from '@/lib/detectors/khoros';
import { sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const box = () => $<HTMLTextAreaElement>('.lia-quick-reply textarea');
const post = () => $('.lia-button-Submit-action');
const THREAD = 'https://community.verizon.com/t5/Fios-Internet/Router-drops-Wi-Fi-every-night/td-p/123456';

describe('khoros detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('records a quick reply once the community has taken it', async () => {
    visit(THREAD);
    loadFixture('sites/community.verizon.com/t5/Fios-Internet/Router-drops-Wi-Fi-every-night/td-p/123456.html');
    sendsWithScript();
    ctx = await startDetectors([khoros]);
    person.type(box(), 'Turn off band steering.');
    person.click(post());
    person.submit($('form.lia-form'));
    box().value = ''; // what the community's script does once the reply is posted
    await settle();
    const entries = await outbox();
    expect(entries.map((e) => e.event)).toMatchObject([
      { kind: 'support.answered', detector: 'khoros', host: 'community.verizon.com', units: { chars: 23 } },
    ]);
  });

  it('records nothing for a preview, a reply left unsent, or a new topic', async () => {
    visit(THREAD);
    loadFixture('sites/community.verizon.com/t5/Fios-Internet/Router-drops-Wi-Fi-every-night/td-p/123456.html');
    sendsWithScript();
    ctx = await startDetectors([khoros]);
    person.type(box(), 'Half a thought');
    person.click($('.lia-button-Preview-action'));
    box().value = '';
    await settle();
    ctx.abort();
    visit('https://community.verizon.com/t5/forums/postpage/board-id/fios-internet');
    loadFixture('sites/community.verizon.com/t5/Fios-Internet/Router-drops-Wi-Fi-every-night/td-p/123456.html');
    sendsWithScript();
    ctx = await startDetectors([khoros]);
    person.type(box(), 'My own question');
    person.click(post());
    box().value = '';
    await settle();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing a page script makes up, nor outside a Khoros community', async () => {
    visit(THREAD);
    loadFixture('sites/community.verizon.com/t5/Fios-Internet/Router-drops-Wi-Fi-every-night/td-p/123456.html');
    sendsWithScript();
    ctx = await startDetectors([khoros]);
    pageScript.type(box(), 'Fake reply');
    person.click(post());
    box().value = '';
    await settle();
    ctx.abort();
    visit('https://blog.example/t5/not-a-forum');
    loadFixture('sites/community.verizon.com/t5/Fios-Internet/Router-drops-Wi-Fi-every-night/td-p/123456.html');
    sendsWithScript();
    document.body.removeAttribute('id');
    document.body.className = '';
    for (const el of document.querySelectorAll('[class*="lia-"]')) el.removeAttribute('class');
    ctx = await startDetectors([khoros]);
    person.type($('textarea'), 'Any old form');
    person.click($('input[type="submit"]'));
    $<HTMLTextAreaElement>('textarea').value = '';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
