import airfranceCheckin from './airfrance-checkin';
import allocineReview from './allocine-review';
import amazonCheckout from './amazon-checkout';
import amazonReview from './amazon-review';
import appleCommunity from './apple-community';
import arkose from './arkose';
import bankSelfService from './bank-self-service';
import bookingReview from './booking-review';
import chatbotRating from './chatbot-rating';
import checkout from './checkout';
import discourse from './discourse';
import duolingoLesson from './duolingo-lesson';
import ebayListing from './ebay-listing';
import facebook from './facebook';
import googleForms from './google-forms';
import googleMapsReview from './google-maps-review';
import hcaptcha from './hcaptcha';
import helpfulVote from './helpful-vote';
import imdbReview from './imdb-review';
import instagram from './instagram';
import inviteForm from './invite-form';
import khoros from './khoros';
import labellingTask from './labelling-task';
import leboncoinListing from './leboncoin-listing';
import linkedin from './linkedin';
import microsoftQna from './microsoft-qna';
import openstreetmapEdit from './openstreetmap-edit';
import qualtricsSurvey from './qualtrics-survey';
import recaptcha from './recaptcha';
import redditComment from './reddit-comment';
import redditPost from './reddit-post';
import referralLink from './referral-link';
import reportForm from './report-form';
import reviewForm from './review-form';
import shareButton from './share-button';
import shopifyCheckout from './shopify-checkout';
import sncfConnectBooking from './sncf-connect-booking';
import stackExchange from './stack-exchange';
import surveyForm from './survey-form';
import surveymonkeySurvey from './surveymonkey-survey';
import textCaptcha from './text-captcha';
import tripadvisorReview from './tripadvisor-review';
import turnstile from './turnstile';
import typeformSurvey from './typeform-survey';
import type { Detector } from './types';
import vintedListing from './vinted-listing';
import wikipediaEdit from './wikipedia-edit';
import woocommerceCheckout from './woocommerce-checkout';
import xPost from './x-post';
import yelpReview from './yelp-review';
import youtubeComment from './youtube-comment';
import zooniverseClassification from './zooniverse-classification';

/** Detectors that look at every web page: each must cost next to nothing until its cheap signals match. */
export const ANY_SITE_DETECTORS: readonly Detector[] = [
  reviewForm,
  checkout,
  shopifyCheckout,
  woocommerceCheckout,
  textCaptcha,
  discourse,
  khoros,
  referralLink,
  shareButton,
  inviteForm,
  labellingTask,
  helpfulVote,
  surveyForm,
  reportForm,
];

/** Detectors made for named sites (Amazon, Google Maps, reCAPTCHA frames…). */
export const SITE_DETECTORS: readonly Detector[] = [
  amazonReview,
  googleMapsReview,
  tripadvisorReview,
  allocineReview,
  imdbReview,
  bookingReview,
  yelpReview,
  amazonCheckout,
  sncfConnectBooking,
  airfranceCheckin,
  bankSelfService,
  recaptcha,
  hcaptcha,
  turnstile,
  arkose,
  chatbotRating,
  stackExchange,
  appleCommunity,
  microsoftQna,
  redditComment,
  redditPost,
  xPost,
  facebook,
  instagram,
  linkedin,
  youtubeComment,
  ebayListing,
  leboncoinListing,
  vintedListing,
  wikipediaEdit,
  openstreetmapEdit,
  duolingoLesson,
  zooniverseClassification,
  googleForms,
  qualtricsSurvey,
  surveymonkeySurvey,
  typeformSurvey,
];

/** The whole catalogue: what the background accepts and the options page lists. */
export const DETECTORS: readonly Detector[] = [...ANY_SITE_DETECTORS, ...SITE_DETECTORS];

/** Where the detectors load with the page rather than on the first interaction. */
export const DETECTOR_SITES: readonly string[] = [...new Set(SITE_DETECTORS.flatMap((d) => d.sites ?? []))];
