/**
 * Who profits from work done on a site: a curated table of the companies behind the sites
 * the detectors know. `brands` match a registrable domain's name on any public suffix
 * ("amazon" matches amazon.fr and amazon.co.uk); `domains` match one registrable domain.
 * A site not listed here is its own beneficiary.
 */
export interface Company {
  name: string;
  brands?: readonly string[];
  domains?: readonly string[];
}

export const COMPANIES: readonly Company[] = [
  { name: 'Amazon', brands: ['amazon'], domains: ['imdb.com', 'audible.com', 'goodreads.com'] },
  {
    name: 'Google',
    brands: ['google'],
    domains: ['youtube.com', 'recaptcha.net', 'gstatic.com', 'googleusercontent.com', 'gemini.google.com'],
  },
  {
    name: 'Meta',
    domains: ['facebook.com', 'instagram.com', 'whatsapp.com', 'messenger.com', 'threads.net', 'threads.com'],
  },
  {
    name: 'Microsoft',
    domains: ['microsoft.com', 'linkedin.com', 'bing.com', 'live.com', 'office.com', 'github.com', 'xbox.com'],
  },
  { name: 'Apple', domains: ['apple.com'] },
  { name: 'Booking Holdings', domains: ['booking.com', 'kayak.com', 'kayak.fr', 'priceline.com', 'agoda.com'] },
  { name: 'Tripadvisor', brands: ['tripadvisor'], domains: ['thefork.com', 'lafourchette.com', 'thefork.fr'] },
  { name: 'Yelp', brands: ['yelp'] },
  { name: 'Webedia (Allociné)', domains: ['allocine.fr', 'jeuxvideo.com'] },
  { name: 'SNCF Voyageurs', domains: ['sncf-connect.com', 'sncf.com', 'ouigo.com'] },
  { name: 'Air France-KLM', domains: ['airfrance.fr', 'airfrance.com', 'airfrance.us', 'klm.com', 'klm.fr'] },
  { name: 'Duolingo', domains: ['duolingo.com'] },
  { name: 'X Corp.', domains: ['x.com', 'twitter.com'] },
  { name: 'Reddit', domains: ['reddit.com'] },
  { name: 'eBay', brands: ['ebay'] },
  { name: 'Adevinta (leboncoin)', domains: ['leboncoin.fr'] },
  { name: 'Vinted', brands: ['vinted'] },
  {
    name: 'Stack Overflow (Prosus)',
    domains: [
      'stackoverflow.com',
      'stackexchange.com',
      'superuser.com',
      'serverfault.com',
      'askubuntu.com',
      'mathoverflow.net',
      'stackapps.com',
    ],
  },
  { name: 'Wikimedia Foundation', domains: ['wikipedia.org', 'wikimedia.org', 'wikidata.org', 'wiktionary.org'] },
  { name: 'OpenStreetMap Foundation', domains: ['openstreetmap.org'] },
  { name: 'Zooniverse', domains: ['zooniverse.org'] },
  { name: 'Intuition Machines (hCaptcha)', domains: ['hcaptcha.com'] },
  { name: 'Cloudflare', domains: ['cloudflare.com'] },
  { name: 'Arkose Labs', domains: ['arkoselabs.com', 'funcaptcha.com'] },
  { name: 'OpenAI', domains: ['openai.com', 'chatgpt.com'] },
  { name: 'Anthropic', domains: ['claude.ai', 'anthropic.com'] },
  { name: 'Mistral AI', domains: ['mistral.ai'] },
  { name: 'Perplexity AI', domains: ['perplexity.ai'] },
  { name: 'Qualtrics', domains: ['qualtrics.com'] },
  { name: 'SurveyMonkey', domains: ['surveymonkey.com'] },
  { name: 'Typeform', domains: ['typeform.com'] },
  { name: 'Shopify', domains: ['shopify.com', 'myshopify.com'] },
  { name: 'Uber', domains: ['uber.com', 'ubereats.com'] },
  { name: 'Airbnb', brands: ['airbnb'] },
  // Air France's sites in every other country (airfrance.co.uk, airfrance.de…).
  { name: 'Air France-KLM', brands: ['airfrance', 'klm'] },
  { name: 'BNP Paribas', domains: ['mabanque.bnpparibas', 'bnpparibas.com'] },
  { name: 'Société Générale', domains: ['sg.fr', 'societegenerale.fr', 'societegenerale.com'] },
  { name: 'Crédit Agricole', domains: ['credit-agricole.fr', 'credit-agricole.com'] },
  { name: 'La Banque Postale', domains: ['labanquepostale.fr'] },
  { name: 'Deutsche Bank', domains: ['deutsche-bank.de', 'db.com'] },
  { name: 'Commerzbank', domains: ['commerzbank.de', 'commerzbank.com'] },
  { name: 'ING', domains: ['ing.de', 'ing.fr', 'ing.com'] },
  { name: 'Barclays', brands: ['barclays'] },
  { name: 'Lloyds Banking Group', domains: ['lloydsbank.co.uk', 'lloydsbank.com'] },
  { name: 'NatWest Group', domains: ['nwolb.com', 'natwest.com'] },
  { name: 'JPMorgan Chase', domains: ['chase.com'] },
  { name: 'Bank of America', domains: ['bankofamerica.com'] },
  { name: 'Wells Fargo', domains: ['wellsfargo.com'] },
  { name: 'Etsy', brands: ['etsy'] },
  { name: 'Zendesk', domains: ['zendesk.com'] },
  { name: 'Intercom', domains: ['intercom.com', 'intercom.help'] },
  { name: 'Freshworks (Freshdesk)', domains: ['freshdesk.com', 'freshworks.com'] },
  { name: 'LimeSurvey', domains: ['limesurvey.org', 'limesurvey.net'] },
  { name: 'HumanSignal (Label Studio)', domains: ['labelstud.io', 'humansignal.com'] },
  { name: 'Dropbox', domains: ['dropbox.com'] },
  { name: 'Revolut', domains: ['revolut.com'] },
];
