package io.github.sfhotfix.core.process;

import java.nio.file.Path;

/**
 * The result of writing one hotfix document.
 *
 * @param file the document
 * @param written false when the document already had this content or entry and was left as is
 * @param detail what was written or why nothing was, for the log
 */
public record DocumentOutcome(Path file, boolean written, String detail) {
}
