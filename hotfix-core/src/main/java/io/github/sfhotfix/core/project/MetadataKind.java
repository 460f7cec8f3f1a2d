package io.github.sfhotfix.core.project;

import java.util.Locale;

/** The kind of Salesforce metadata a changed file belongs to. */
public enum MetadataKind {
    APEX_CLASS,
    APEX_TEST_CLASS,
    APEX_TRIGGER,
    LWC,
    AURA,
    CUSTOM_OBJECT,
    CUSTOM_FIELD,
    FLOW,
    PROFILE,
    PERMISSION_SET,
    SHARING_RULES,
    CUSTOM_METADATA,
    STATIC_RESOURCE,
    OTHER,
    NON_DEPLOYABLE;

    /** Returns true for kinds that change who can see or do what, or that need a reviewer's extra care. */
    public boolean isHighRisk() {
        return this == PROFILE || this == PERMISSION_SET || this == SHARING_RULES;
    }

    /** Returns the name used in reports, such as {@code apex-class}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return label();
    }
}
