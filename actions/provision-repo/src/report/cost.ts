/** Storage prices are per GB-month, where AWS counts a GB as 2^30 bytes. */
export const BYTES_PER_GB = 1024 ** 3;

/** The monthly cost of keeping this many bytes, in USD, rounded to a hundredth of a cent. */
export function monthlyCost(bytes: number, pricePerGbMonth: number): number {
  return Math.round((bytes / BYTES_PER_GB) * pricePerGbMonth * 10000) / 10000;
}

/** USD for a table: cents, or fractions of a cent when the amount is that small. */
export function formatUsd(amount: number): string {
  if (amount === 0) return '$0.00';
  if (amount < 0.01) return `$${amount.toFixed(4)}`;
  return `$${amount.toFixed(2)}`;
}
