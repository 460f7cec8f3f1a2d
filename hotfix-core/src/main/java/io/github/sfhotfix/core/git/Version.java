package io.github.sfhotfix.core.git;

import java.util.ArrayList;
import java.util.List;

/** A numeric version such as {@code 1.2.3} or {@code 3.236}, ordered part by part as numbers. */
public final class Version implements Comparable<Version> {

    private final List<Long> parts;

    private Version(List<Long> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses dot-separated whole numbers.
     *
     * @throws IllegalArgumentException when the text is not two or more dot-separated whole numbers
     */
    public static Version parse(String text) {
        String[] pieces = text.split("\\.", -1);
        if (pieces.length < 2) {
            throw new IllegalArgumentException("Version '" + text + "' needs two or more parts, such as 1.2.3");
        }
        List<Long> parts = new ArrayList<>();
        for (String piece : pieces) {
            if (piece.isEmpty() || !piece.chars().allMatch(Character::isDigit) || piece.length() > 18) {
                throw new IllegalArgumentException("Version '" + text + "' is not dot-separated whole numbers");
            }
            parts.add(Long.parseLong(piece));
        }
        return new Version(parts);
    }

    /** Returns the number of parts: 3 for {@code 1.2.3}, 2 for {@code 3.236}. */
    public int size() {
        return parts.size();
    }

    /** Returns this version with its last part incremented: {@code 1.2.3} to {@code 1.2.4}. */
    public Version nextPatch() {
        List<Long> next = new ArrayList<>(parts);
        next.set(next.size() - 1, next.get(next.size() - 1) + 1);
        return new Version(next);
    }

    /** Returns this version with one more part: {@code 3.236} to {@code 3.236.1}. */
    public Version withPatch() {
        List<Long> next = new ArrayList<>(parts);
        next.add(1L);
        return new Version(next);
    }

    @Override
    public int compareTo(Version other) {
        int shared = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < shared; i++) {
            int compared = Long.compare(parts.get(i), other.parts.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version && parts.equals(((Version) other).parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Long part : parts) {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(part);
        }
        return text.toString();
    }
}
