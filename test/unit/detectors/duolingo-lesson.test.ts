import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import duolingoLesson from '@/lib/detectors/duolingo-lesson';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { settle, visit } from '../support/site';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const next = () => $<HTMLButtonElement>('[data-test="player-next"]');

/** What Duolingo's lesson player does between the learner's actions (the fixture's script, which does not run here). */
const player = {
  show(id: string) {
    $('#challenge-slot').replaceChildren($<HTMLTemplateElement>(`#${id}`).content.cloneNode(true));
    $('#blame-slot').replaceChildren();
    player.enable(false);
  },
  enable(enabled = true) {
    next().disabled = !enabled;
    next().setAttribute('aria-disabled', String(!enabled));
  },
  grade() {
    $('#blame-slot').innerHTML = '<div data-test="blame blame-correct"><h2>Nice!</h2></div>';
    player.enable();
  },
  finish() {
    $('#root').replaceChildren($<HTMLTemplateElement>('#session-complete').content.cloneNode(true));
  },
};

function pressEnter(el: Element, trusted = true): void {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  el.dispatchEvent(event);
}

describe('duolingo-lesson detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  const startLesson = async () => {
    visit('https://www.duolingo.com/lesson');
    loadFixture('sites/www.duolingo.com/lesson.html');
    ctx = await startDetectors([duolingoLesson]);
  };

  it('records the lesson at its end screen: every exercise answered, and the characters translated', async () => {
    await startLesson();
    player.show('challenge-translate');
    person.type($('textarea'), 'The cat eats an apple.');
    player.enable();
    pressEnter($('textarea')); // Enter checks the answer, as the "Check" button does
    person.click(next()); // …and the browser's click that follows is the same check
    player.grade();
    person.click(next()); // "Continue"

    player.show('challenge-select');
    person.click($('[data-test="challenge-choice"]:nth-child(2)'));
    player.enable();
    person.click(next());
    player.grade();
    person.click(next());

    player.show('challenge-match');
    for (const token of document.querySelectorAll('[data-test$="challenge-tap-token"]')) person.click(token);
    player.enable();
    person.click(next()); // a match exercise has no "Check": its "Continue" is the answer
    player.finish();
    await settle();

    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'play.lesson_completed',
      category: 'play',
      detector: 'duolingo-lesson',
      host: 'www.duolingo.com',
      units: { tasks: 3, chars: 22 },
    });
    expect(JSON.stringify(entries)).not.toContain('apple');
  });

  it('does not count a skipped exercise, nor a lesson quit half-way', async () => {
    await startLesson();
    player.show('challenge-select');
    person.click($('[data-test="player-skip"]'));
    player.grade();
    person.click(next());
    player.show('challenge-translate');
    person.type($('textarea'), 'The cat');
    player.enable();
    person.click(next());
    person.click($('[data-test="quit-button"]'));
    ctx?.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing when a page script answers and finishes the lesson', async () => {
    await startLesson();
    player.show('challenge-translate');
    pageScript.type($('textarea'), 'The cat eats an apple.');
    player.enable();
    pageScript.click(next());
    pressEnter($('textarea'), false);
    player.grade();
    player.finish();
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
