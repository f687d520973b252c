import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import arkose from '@/lib/detectors/arkose';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { backgroundOfTab, leave, settle, visit } from '../support/frames';

const ENFORCEMENT =
  'https://client-api.arkoselabs.com/v2/476068BF-9607-4799-B53D-966BE91B2B68/enforcement.fbfc14b0d793c6ef8359e0e4b4a91f67.html';
const GAME =
  'https://client-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html?session=84717a95a1ed33e86.7426508404&r=eu-west-1&pk=476068BF-9607-4799-B53D-966BE91B2B68&theme=default';
const SIGNUP = 'https://signup.example-games.com/join';
const COMPLETE = JSON.stringify({ eventId: 'challenge-complete', payload: { sessionToken: '84717a95a1ed33e86.74' } });

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** What game-core shows for each round: an image to turn with arrows, and Submit. */
function showRound(): void {
  $('#root').innerHTML = `
    <div class="challenge-container box">
      <h2 id="key-frame-text">Use the arrows to rotate the animal to face in the direction of the hand</h2>
      <div class="match-game box screen">
        <a aria-label="Navigate to previous image" role="button" tabindex="0" class="left-arrow">‹</a>
        <img aria-live="assertive" aria-label="Image 1 of 6.">
        <a aria-label="Navigate to next image" role="button" tabindex="0" class="right-arrow">›</a>
      </div>
      <button class="button" data-theme="tile-game.submitButton">Submit</button>
    </div>`;
}

/** The game frame the enforcement script opens (the test DOM loads no page in it), and its window. */
function openGameFrame(): Window {
  const frame = document.createElement('iframe');
  frame.id = 'game-core-frame';
  frame.srcdoc = '';
  $('#challenge').append(frame);
  return frame.contentWindow as Window;
}

/** A window tells the enforcement frame the puzzle is complete, as Arkose's game-core does. */
function completeFrom(source: Window, origin = 'https://client-api.arkoselabs.com', trusted = true): void {
  const event = new MessageEvent('message', { data: COMPLETE, origin });
  Object.defineProperty(event, 'source', { value: source });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  window.dispatchEvent(event);
}

describe('arkose detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => backgroundOfTab(SIGNUP));
  afterEach(() => {
    ctx?.abort();
    leave();
  });

  async function startIn(url: string): Promise<void> {
    ctx?.abort();
    visit(url);
    ctx = await startDetectors([arkose]);
  }

  it('runs in the enforcement and game-core frames of Arkose hosts only', () => {
    expect(arkose.matches(new URL(ENFORCEMENT))).toBe(true);
    expect(arkose.matches(new URL(GAME))).toBe(true);
    expect(arkose.matches(new URL('https://github-api.arkoselabs.com/v2/ABC/enforcement.0123abcd.html'))).toBe(true);
    expect(arkose.matches(new URL('https://client-api.arkoselabs.com/v2/ABC/api.js'))).toBe(false);
    expect(arkose.matches(new URL('https://www.arkoselabs.com/blog/'))).toBe(false);
  });

  it('records the completed puzzle with its rounds, when the game frame says it is complete', async () => {
    loadFixture('sites/client-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html');
    await startIn(GAME);
    person.click($('[data-theme="home.verifyButton"]'));
    for (let round = 0; round < 2; round++) {
      showRound();
      person.click($('[aria-label="Navigate to next image"]'));
      person.click($('[aria-label="Navigate to next image"]'));
      person.click($('[data-theme="tile-game.submitButton"]'));
    }
    await settle();
    expect(await outbox()).toEqual([]);

    loadFixture(
      'sites/client-api.arkoselabs.com/v2/476068BF-9607-4799-B53D-966BE91B2B68/enforcement.fbfc14b0d793c6ef8359e0e4b4a91f67.html',
    );
    await startIn(ENFORCEMENT);
    completeFrom(openGameFrame());
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'captcha.solved',
      category: 'captcha',
      detector: 'arkose',
      via: 'client-api.arkoselabs.com',
      units: { rounds: 2 },
    });
    expect(entries[0]?.event.activeMs).toBeGreaterThanOrEqual(0);
  });

  it('does not count the audio button or the start as answers, and records nothing before completion', async () => {
    loadFixture('sites/client-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html');
    await startIn(GAME);
    person.click($('[data-theme="home.audioButton"]'));
    person.click($('[data-theme="home.verifyButton"]'));
    showRound();
    person.click($('[aria-label="Navigate to next image"]'));
    await settle();
    loadFixture(
      'sites/client-api.arkoselabs.com/v2/476068BF-9607-4799-B53D-966BE91B2B68/enforcement.fbfc14b0d793c6ef8359e0e4b4a91f67.html',
    );
    await startIn(ENFORCEMENT);
    completeFrom(openGameFrame()); // completed with no answer: nothing done
    await settle();
    ctx?.abort();
    expect(await outbox()).toEqual([]);
  });

  it("ignores answers and completions a page makes up, from anywhere but Arkose's game frame", async () => {
    loadFixture('sites/client-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html');
    await startIn(GAME);
    showRound();
    pageScript.click($('[data-theme="tile-game.submitButton"]'));
    await settle();
    loadFixture(
      'sites/client-api.arkoselabs.com/v2/476068BF-9607-4799-B53D-966BE91B2B68/enforcement.fbfc14b0d793c6ef8359e0e4b4a91f67.html',
    );
    await startIn(ENFORCEMENT);
    completeFrom(openGameFrame());
    await settle();
    expect(await outbox()).toEqual([]); // the made-up answer left no round to record

    // A real round, then completions from the embedding page, from another origin, or untrusted.
    loadFixture('sites/client-api.arkoselabs.com/fc/assets/ec-game-core/game-core/1.27.4/standard/index.html');
    await startIn(GAME);
    showRound();
    person.click($('[data-theme="tile-game.submitButton"]'));
    await settle();
    loadFixture(
      'sites/client-api.arkoselabs.com/v2/476068BF-9607-4799-B53D-966BE91B2B68/enforcement.fbfc14b0d793c6ef8359e0e4b4a91f67.html',
    );
    await startIn(ENFORCEMENT);
    const game = openGameFrame();
    completeFrom(window.parent);
    completeFrom(game, 'https://evil.example');
    completeFrom(game, 'https://client-api.arkoselabs.com', false);
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
