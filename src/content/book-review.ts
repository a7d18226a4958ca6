/**
 * "Book review: 'Reliable by Design' by Harriet Osei": a post about a book. Its sections are the
 * review's (what the book is about, the chapters, who should read it) and the talks it mentions
 * in passing have no notes of their own: it has no talks.
 */
const BOOK_REVIEW =
  /^(?:my |a )?(?:book review|boekbespreking|buchbesprechung|buchrezension|critique (?:de|du) livre|reseña de(?:l)? libro|recensione del libro|resenha do livro)\b|\b(?:book review|boekbespreking|buchbesprechung)\s*$/i;

export const reviewsABook = (title: string | undefined): boolean =>
  title !== undefined && BOOK_REVIEW.test(title.trim().replace(/^["'“‘]|["'”’]$/g, ''));
