package io.github.sfhotfix.core.sf;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text with {@code ****} before it reaches a log, report or exception message: the secret values
 * it was given, SFDX auth URLs ({@code force://...}) and Slack webhook URLs, wherever they appear.
 */
public final class SecretMasker {

    /** The replacement text for a secret. */
    public static final String MASK = "****";

    private static final List<Pattern> SECRET_PATTERNS = List.of(
            Pattern.compile("force://[^\\s\"'<>]+"),
            Pattern.compile("https://hooks\\.slack\\.com/[^\\s\"'<>]*"));

    /** Values shorter than this are not masked, because masking them would garble ordinary words. */
    private static final int MIN_SECRET_LENGTH = 4;

    private final Set<String> secrets;

    private SecretMasker(Set<String> secrets) {
        this.secrets = secrets;
    }

    /** Returns a masker for the URL patterns only. */
    public static SecretMasker patternsOnly() {
        return new SecretMasker(Set.of());
    }

    /** Returns a masker for the URL patterns and the given secret values; blank and very short values are ignored. */
    public static SecretMasker of(Collection<String> secretValues) {
        Set<String> usable = new LinkedHashSet<>();
        for (String value : secretValues) {
            if (value != null && value.strip().length() >= MIN_SECRET_LENGTH) {
                usable.add(value.strip());
            }
        }
        return new SecretMasker(Set.copyOf(usable));
    }

    /** Returns a masker that masks everything this one does and the given values as well. */
    public SecretMasker and(Collection<String> moreSecrets) {
        Set<String> all = new LinkedHashSet<>(secrets);
        all.addAll(moreSecrets);
        return of(all);
    }

    /** Returns the text with every known secret replaced by {@link #MASK}; {@code null} stays {@code null}. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        for (Pattern pattern : SECRET_PATTERNS) {
            masked = pattern.matcher(masked).replaceAll(MASK);
        }
        return masked;
    }
}
