import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import chatbotRating from '@/lib/detectors/chatbot-rating';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { leave, visit } from '../support/frames';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const CHATGPT = 'https://chatgpt.com/c/67a1f3c2-8d4e-8000-9b1a-3f2c5d6e7a8b';

/** What the chat's script does when a thumb is clicked: it shows as pressed. */
function press(button: Element, actor = person): void {
  actor.click(button);
  button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
}

/** The chat opens its "tell us more" form after a thumb down. */
function openFeedbackForm(): HTMLElement {
  document.body.append(($('#feedback-dialog') as HTMLTemplateElement).content.cloneNode(true));
  return $('[role="dialog"]');
}

describe('chatbot-rating detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => {
    ctx?.abort();
    leave();
  });

  it('runs on the main AI chat sites only', () => {
    for (const url of [
      CHATGPT,
      'https://claude.ai/chat/x',
      'https://gemini.google.com/app',
      'https://chat.mistral.ai/chat',
    ]) {
      expect(chatbotRating.matches(new URL(url))).toBe(true);
    }
    expect(chatbotRating.matches(new URL('https://www.google.com/search?q=gemini'))).toBe(false);
    expect(chatbotRating.matches(new URL('https://www.openai.com/'))).toBe(false);
  });

  it.each([
    ['Claude, in English', 'https://claude.ai/chat/3f1e2d4c-5b6a-4789-9abc-def012345678', 'Give positive feedback'],
    ['Gemini, in French', 'https://gemini.google.com/app/8c2f4a1b9e0d7c63', 'Bonne réponse'],
    ['Copilot, in German', 'https://copilot.microsoft.com/chats/Qp7sX2kLmN4vB9cD', 'Gefällt mir'],
    ['Le Chat, in Spanish', 'https://chat.mistral.ai/chat/9d3b2a10-6c4e-4f58-a1b2-c3d4e5f60718', 'Me gusta'],
    ['Perplexity, in English', 'https://www.perplexity.ai/search/best-hiking-boots-uk-XcVb7nMq', 'Helpful'],
  ])('on %s, records a thumb and nothing for the other buttons', async (_site, url, label) => {
    visit(url);
    const fixture = `sites/${new URL(url).hostname}${new URL(url).pathname}.html`;
    loadFixture(fixture);
    ctx = await startDetectors([chatbotRating]);
    for (const button of document.querySelectorAll('button')) {
      if (
        button.getAttribute('aria-label') !== label &&
        !/thumb|like|gusta|gefällt|helpful|feedback|réponse/i.test(button.getAttribute('aria-label') ?? '')
      ) {
        person.click(button);
      }
    }
    expect(await outbox()).toEqual([]);
    press($(`button[aria-label="${label}"]`));
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'ai.rated',
      category: 'captcha',
      detector: 'chatbot-rating',
      host: new URL(url).hostname,
      units: { answers: 1 },
    });
  });

  describe('on ChatGPT (chatgpt.com, in French)', () => {
    it('records a thumb once, and not again when it is taken back', async () => {
      visit(CHATGPT);
      loadFixture('sites/chatgpt.com/c/67a1f3c2-8d4e-8000-9b1a-3f2c5d6e7a8b.html');
      ctx = await startDetectors([chatbotRating]);
      const good = $('[data-testid="good-response-turn-action-button"]');
      press(good);
      press(good); // taken back
      expect((await outbox()).map((e) => e.event.kind)).toEqual(['ai.rated']);
    });

    it('records a thumb down, then the details sent with it, by length and choices only', async () => {
      visit(CHATGPT);
      loadFixture('sites/chatgpt.com/c/67a1f3c2-8d4e-8000-9b1a-3f2c5d6e7a8b.html');
      ctx = await startDetectors([chatbotRating]);
      press($('[data-testid="bad-response-turn-action-button"]'));
      const form = openFeedbackForm();
      press(form.querySelector('button[aria-pressed]') as Element);
      person.type(form.querySelector('textarea') as HTMLTextAreaElement, 'Canberra compte 470 000 habitants.');
      person.click(form.querySelector('[data-testid="feedback-submit"]') as Element);
      const events = (await outbox()).map((e) => e.event);
      expect(events.map((e) => e.kind).sort()).toEqual(['ai.explained', 'ai.rated']);
      expect(events.find((e) => e.kind === 'ai.explained')).toMatchObject({ units: { chars: 34, answers: 1 } });
      expect(JSON.stringify(events)).not.toMatch(/Canberra|habitants/);
    });

    it('records the choice between two answers as a comparison', async () => {
      visit(CHATGPT);
      loadFixture('sites/chatgpt.com/c/67a1f3c2-8d4e-8000-9b1a-3f2c5d6e7a8b.html');
      ctx = await startDetectors([chatbotRating]);
      person.click($('[data-testid="paragen-prefer-response-button"]'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({ kind: 'ai.compared', units: { answers: 1 } });
    });

    it('records no details for a form left without sending, or sent empty', async () => {
      visit(CHATGPT);
      loadFixture('sites/chatgpt.com/c/67a1f3c2-8d4e-8000-9b1a-3f2c5d6e7a8b.html');
      ctx = await startDetectors([chatbotRating]);
      press($('[data-testid="bad-response-turn-action-button"]'));
      let form = openFeedbackForm();
      person.type(form.querySelector('textarea') as HTMLTextAreaElement, 'Pas clair');
      form.remove(); // closed without sending
      press($('[data-testid="good-response-turn-action-button"]'));
      form = openFeedbackForm();
      person.click(form.querySelector('[data-testid="feedback-submit"]') as Element);
      expect((await outbox()).map((e) => e.event.kind)).toEqual(['ai.rated', 'ai.rated']);
    });

    it('records nothing from clicks a page script makes up', async () => {
      visit(CHATGPT);
      loadFixture('sites/chatgpt.com/c/67a1f3c2-8d4e-8000-9b1a-3f2c5d6e7a8b.html');
      ctx = await startDetectors([chatbotRating]);
      press($('[data-testid="good-response-turn-action-button"]'), pageScript);
      pageScript.click($('[data-testid="paragen-prefer-response-button"]'));
      expect(await outbox()).toEqual([]);
    });
  });
});
