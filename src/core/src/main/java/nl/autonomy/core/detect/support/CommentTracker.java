package nl.autonomy.core.detect.support;

import java.util.BitSet;

/**
 * Follows comments through the lines of one file that the scanner reported, in order. Every line
 * holding a block-comment token is among them (the tokens are matcher patterns), so the state
 * between reported lines is known. Not shared between threads.
 */
public final class CommentTracker {

  private final CommentSyntax syntax;
  private boolean inBlock;

  public CommentTracker(CommentSyntax syntax) {
    this.syntax = syntax;
  }

  /**
   * The commented-out characters of the next reported line. Call once per line, in order.
   */
  public BitSet commented(String text) {
    BitSet mask = new BitSet();
    char quote = 0;
    int firstNonBlank = firstNonBlank(text);
    for (int i = 0; i < text.length(); i++) {
      if (inBlock) {
        if (syntax.blockClose() != null && text.startsWith(syntax.blockClose(), i)) {
          mask.set(i, i + syntax.blockClose().length());
          i += syntax.blockClose().length() - 1;
          inBlock = false;
        } else {
          mask.set(i);
        }
        continue;
      }
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (syntax.quotes().indexOf(c) >= 0) {
        quote = c;
        continue;
      }
      if (syntax.blockOpen() != null && text.startsWith(syntax.blockOpen(), i)) {
        inBlock = true;
        mask.set(i, i + syntax.blockOpen().length());
        i += syntax.blockOpen().length() - 1;
        continue;
      }
      if (startsLineComment(text, i, firstNonBlank)) {
        mask.set(i, text.length());
        return mask;
      }
    }
    return mask;
  }

  private boolean startsLineComment(String text, int i, int firstNonBlank) {
    for (String token : syntax.lineComments()) {
      if (!text.startsWith(token, i)) {
        continue;
      }
      if (syntax.atLineStartOnly() && i != firstNonBlank) {
        continue;
      }
      if (syntax.spaceBefore() && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        continue;
      }
      // "https://host" is a URL, not a comment, in every C-like language that allows it in code
      if (token.equals("//") && i > 0 && text.charAt(i - 1) == ':') {
        continue;
      }
      return true;
    }
    return false;
  }

  private static int firstNonBlank(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
