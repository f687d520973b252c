/**
 * Banks whose online banking the `bank-self-service` detector knows: a few of the biggest
 * retail banks in France, Germany, the United Kingdom and the United States, with the hosts
 * where their customers sign in and do their own transfers and statement downloads (the
 * work a branch clerk once did). Hosts are the banks' real online-banking hosts; adding a bank
 * is adding a line here (and its company in lib/beneficiaries.ts).
 */
export interface Bank {
  name: string;
  country: 'FR' | 'DE' | 'GB' | 'US';
  hosts: readonly string[];
}

export const BANKS: readonly Bank[] = [
  { name: 'BNP Paribas', country: 'FR', hosts: ['mabanque.bnpparibas'] },
  { name: 'Société Générale', country: 'FR', hosts: ['particuliers.sg.fr'] },
  { name: 'Crédit Agricole', country: 'FR', hosts: ['www.credit-agricole.fr'] },
  { name: 'La Banque Postale', country: 'FR', hosts: ['voscomptesenligne.labanquepostale.fr'] },
  { name: 'Deutsche Bank', country: 'DE', hosts: ['meine.deutsche-bank.de'] },
  { name: 'Commerzbank', country: 'DE', hosts: ['kunden.commerzbank.de'] },
  { name: 'ING Deutschland', country: 'DE', hosts: ['banking.ing.de'] },
  { name: 'Barclays', country: 'GB', hosts: ['bank.barclays.co.uk'] },
  { name: 'Lloyds Bank', country: 'GB', hosts: ['online.lloydsbank.co.uk'] },
  { name: 'NatWest', country: 'GB', hosts: ['www.nwolb.com'] },
  { name: 'Chase', country: 'US', hosts: ['secure.chase.com'] },
  { name: 'Bank of America', country: 'US', hosts: ['secure.bankofamerica.com'] },
  { name: 'Wells Fargo', country: 'US', hosts: ['connect.secure.wellsfargo.com'] },
];
