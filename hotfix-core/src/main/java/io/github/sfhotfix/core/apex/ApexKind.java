package io.github.sfhotfix.core.apex;

/** Kind of the top-level type an Apex source file declares. */
public enum ApexKind {
    CLASS,
    INTERFACE,
    ENUM,
    TRIGGER
}
