import { defineReviewSite } from './shared/review-editor';

const sites = ['*://www.booking.com/*', '*://secure.booking.com/*'];

/**
 * Booking.com guest reviews, written from the link Booking sends after a stay. The score
 * is out of ten (radios named `score`, or `role="radio"` buttons with a `data-value`), and
 * the guest writes what they liked and disliked plus a title: all are counted. Booking
 * sends the review with a script and then shows its confirmation
 * (`data-testid="review-confirmation"`, "Thank you for your review"): that, or the form
 * closing after "Submit", is the confirmation. A score out of ten counts as that many stars.
 */
export default defineReviewSite('booking-review', sites, {
  editor: 'form',
  stars: 'input[type="radio"][name*="score" i], [data-testid*="score" i] [role="radio"]',
  submit: '[data-testid*="submit" i], button[type="submit"]',
  thanks: '[data-testid="review-confirmation"], [data-testid*="thank" i]',
});

// Made for: the guest review form https://secure.booking.com/review/write.html?… and the
// "Reviews" tab of https://www.booking.com/mybooking.html, opened from the after-stay email.
