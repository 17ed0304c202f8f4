/**
 * What Lucca does with a receiver's answer (Lucca's "Receive events" page; where its two
 * response tables disagree, the newer one): 2xx delivered; 404 and 410 suspend the endpoint at
 * once; everything else is retried, and repeated failures suspend it too.
 */
export function luccaVerdict(status: number): { delivered: boolean; text: string } {
  if (status >= 200 && status < 300)
    return { delivered: true, text: "delivered: Lucca counts a 2xx as done" };
  if (status === 404 || status === 410) {
    return {
      delivered: false,
      text: `not delivered: Lucca suspends an endpoint that answers ${status} at once`,
    };
  }
  if (status === 401) {
    return {
      delivered: false,
      text: "not delivered: the receiver refused the signature (wrong secret?); Lucca retries",
    };
  }
  return {
    delivered: false,
    text: `not delivered: Lucca retries a ${status}, and suspends endpoints that keep failing`,
  };
}
