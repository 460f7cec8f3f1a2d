package io.github.sfhotfix.core.apex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On-disk cache of per-file analyses keyed by git blob id, so that a file whose content did not change is never lexed
 * twice. The cache is one file written to a temporary file and then moved into place, so a reader sees either the
 * old or the new version. When two processes write at once, the last move wins, and the entries only the other
 * process found are computed again next time. A missing, corrupt or old-format file counts as an empty cache and
 * is rewritten.
 */
final class ApexFactsCache {

    static final String FILE_NAME = "apex-facts.bin";

    private static final Logger LOG = LoggerFactory.getLogger(ApexFactsCache.class);
    private static final int MAGIC = 0x53464158;
    /** Raise when the analyser or the layout changes, so that older files are ignored. */
    private static final int FORMAT_VERSION = 2;
    private static final byte PROBLEM = 0;
    private static final byte FACTS = 1;
    private static final int TEST_FLAG = 1;
    private static final int TEST_METHODS_FLAG = 2;
    private static final int REFERENCES_SKIPPED_FLAG = 4;
    private static final ApexKind[] KINDS = ApexKind.values();

    private final Path file;
    private final Map<ObjectId, ApexAnalysis> entries;
    private boolean dirty;

    private ApexFactsCache(Path file, Map<ObjectId, ApexAnalysis> entries, boolean dirty) {
        this.file = file;
        this.entries = entries;
        this.dirty = dirty;
    }

    /** Loads the cache in {@code directory}; an unreadable file is logged at debug and treated as empty. */
    static ApexFactsCache load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new ApexFactsCache(file, new HashMap<>(), false);
        } catch (IOException e) {
            LOG.debug("Ignoring Apex cache {} that cannot be read: {}", file, e.toString());
            return new ApexFactsCache(file, new HashMap<>(), true);
        }
        try {
            return new ApexFactsCache(file, decode(bytes), false);
        } catch (InvalidCacheException | RuntimeException e) {
            // Damaged content can fail anywhere in decoding (buffer underflow, bad index, negative size), and every
            // such failure means the same thing: start from an empty cache.
            LOG.debug("Ignoring invalid Apex cache {}, it will be rewritten: {}", file, e.toString());
            return new ApexFactsCache(file, new HashMap<>(), true);
        }
    }

    /** Returns the cached analysis of a blob, with an empty path, or {@code null}. */
    ApexAnalysis get(ObjectId blob) {
        return entries.get(blob);
    }

    void put(ObjectId blob, ApexAnalysis analysis) {
        entries.put(blob.copy(), analysis);
        dirty = true;
    }

    /**
     * Writes the cache when it changed, keeping every entry in {@code inUse} and older entries up to twice that
     * number, so that switching between two commits does not lex again. A failure to write is logged as a warning,
     * because a missing cache only costs time.
     */
    void saveIfChanged(Set<ObjectId> inUse) {
        if (!dirty) {
            return;
        }
        Map<ObjectId, ApexAnalysis> retained = new LinkedHashMap<>();
        for (ObjectId id : inUse) {
            ApexAnalysis analysis = entries.get(id);
            if (analysis != null) {
                retained.put(id, analysis);
            }
        }
        int limit = 3 * inUse.size();
        for (Map.Entry<ObjectId, ApexAnalysis> entry : entries.entrySet()) {
            if (retained.size() >= limit) {
                break;
            }
            retained.putIfAbsent(entry.getKey(), entry.getValue());
        }

        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.write(temporary, encode(retained));
            moveIntoPlace(temporary);
            dirty = false;
            LOG.debug("Wrote {} Apex analyses to {}", retained.size(), file);
        } catch (IOException e) {
            LOG.warn("Failed to write the Apex analysis cache {}: {}. The next run lexes all files again unless {} "
                    + "is a writable directory.", file, e.toString(), file.getParent());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private void moveIntoPlace(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.debug("Cannot delete temporary file {}: {}", temporary, e.toString());
        }
    }

    /**
     * Encodes entries into the cache layout: magic, format version, string table, entries, and a CRC-32 of all
     * bytes before it. Strings are stored once and entries refer to them by index.
     */
    static byte[] encode(Map<ObjectId, ApexAnalysis> entries) {
        Map<String, Integer> stringIds = new HashMap<>();
        List<String> strings = new ArrayList<>();
        int entryBytes = Integer.BYTES;
        for (ApexAnalysis analysis : entries.values()) {
            entryBytes += Constants.OBJECT_ID_LENGTH + 1;
            if (analysis instanceof ApexProblem problem) {
                idOf(problem.problem(), stringIds, strings);
                entryBytes += Integer.BYTES;
                continue;
            }
            ApexFileFacts facts = (ApexFileFacts) analysis;
            idOf(facts.declaredName(), stringIds, strings);
            if (facts.triggerObject() != null) {
                idOf(facts.triggerObject(), stringIds, strings);
            }
            for (String reference : facts.references()) {
                idOf(reference, stringIds, strings);
            }
            entryBytes += 2 + 3 * Integer.BYTES + facts.references().size() * Integer.BYTES;
        }
        List<byte[]> encodedStrings = new ArrayList<>(strings.size());
        int stringBytes = Integer.BYTES;
        for (String string : strings) {
            byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
            encodedStrings.add(utf8);
            stringBytes += Integer.BYTES + utf8.length;
        }

        ByteBuffer buffer = ByteBuffer.allocate(2 * Integer.BYTES + stringBytes + entryBytes + Long.BYTES);
        buffer.putInt(MAGIC).putInt(FORMAT_VERSION).putInt(encodedStrings.size());
        for (byte[] utf8 : encodedStrings) {
            buffer.putInt(utf8.length).put(utf8);
        }
        byte[] rawId = new byte[Constants.OBJECT_ID_LENGTH];
        buffer.putInt(entries.size());
        for (Map.Entry<ObjectId, ApexAnalysis> entry : entries.entrySet()) {
            entry.getKey().copyRawTo(rawId, 0);
            buffer.put(rawId);
            if (entry.getValue() instanceof ApexProblem problem) {
                buffer.put(PROBLEM).putInt(stringIds.get(problem.problem()));
                continue;
            }
            ApexFileFacts facts = (ApexFileFacts) entry.getValue();
            int flags = (facts.test() ? TEST_FLAG : 0) | (facts.containsTestMethods() ? TEST_METHODS_FLAG : 0)
                    | (facts.referencesRead() ? 0 : REFERENCES_SKIPPED_FLAG);
            buffer.put(FACTS).put((byte) facts.kind().ordinal()).put((byte) flags)
                    .putInt(stringIds.get(facts.declaredName()))
                    .putInt(facts.triggerObject() == null ? -1 : stringIds.get(facts.triggerObject()))
                    .putInt(facts.references().size());
            int[] referenceIds = new int[facts.references().size()];
            int count = 0;
            for (String reference : facts.references()) {
                referenceIds[count++] = stringIds.get(reference);
            }
            Arrays.sort(referenceIds);
            for (int referenceId : referenceIds) {
                buffer.putInt(referenceId);
            }
        }

        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putLong(crc.getValue());
        return buffer.array();
    }

    private static int idOf(String string, Map<String, Integer> ids, List<String> strings) {
        return ids.computeIfAbsent(string, key -> {
            strings.add(key);
            return strings.size() - 1;
        });
    }

    static Map<ObjectId, ApexAnalysis> decode(byte[] bytes) throws InvalidCacheException {
        if (bytes.length < 20) {
            throw new InvalidCacheException("file of " + bytes.length + " bytes is too short");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.getInt() != MAGIC) {
            throw new InvalidCacheException("not an Apex analysis cache");
        }
        int version = buffer.getInt();
        if (version != FORMAT_VERSION) {
            throw new InvalidCacheException("format version " + version + ", expected " + FORMAT_VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
            throw new InvalidCacheException("checksum mismatch");
        }

        String[] strings = new String[buffer.getInt()];
        for (int i = 0; i < strings.length; i++) {
            int length = buffer.getInt();
            strings[i] = new String(bytes, buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
        }
        CachedReferences.StringTable table = new CachedReferences.StringTable(strings);

        int count = buffer.getInt();
        Map<ObjectId, ApexAnalysis> entries = new HashMap<>(Math.max(16, count * 2));
        byte[] rawId = new byte[Constants.OBJECT_ID_LENGTH];
        for (int i = 0; i < count; i++) {
            buffer.get(rawId);
            ObjectId id = ObjectId.fromRaw(rawId);
            byte tag = buffer.get();
            if (tag == PROBLEM) {
                entries.put(id, new ApexProblem("", strings[buffer.getInt()]));
            } else if (tag == FACTS) {
                entries.put(id, readFacts(buffer, table));
            } else {
                throw new InvalidCacheException("unknown entry tag " + tag);
            }
        }
        if (buffer.remaining() != Long.BYTES) {
            throw new InvalidCacheException(buffer.remaining() + " unexpected trailing bytes");
        }
        return entries;
    }

    private static ApexFileFacts readFacts(ByteBuffer buffer, CachedReferences.StringTable table)
            throws InvalidCacheException {
        ApexKind kind = KINDS[buffer.get()];
        int flags = buffer.get();
        String declaredName = table.get(buffer.getInt());
        int triggerObjectId = buffer.getInt();
        int[] referenceIds = new int[buffer.getInt()];
        buffer.asIntBuffer().get(referenceIds);
        buffer.position(buffer.position() + referenceIds.length * Integer.BYTES);
        for (int i = 0; i < referenceIds.length; i++) {
            boolean ascending = i == 0 || referenceIds[i] > referenceIds[i - 1];
            if (!ascending || referenceIds[i] < 0 || referenceIds[i] >= table.size()) {
                throw new InvalidCacheException("reference indexes are not ascending string indexes");
            }
        }
        return new ApexFileFacts("", "", kind, declaredName, (flags & TEST_FLAG) != 0,
                (flags & TEST_METHODS_FLAG) != 0, triggerObjectId < 0 ? null : table.get(triggerObjectId),
                new CachedReferences(table, referenceIds), (flags & REFERENCES_SKIPPED_FLAG) == 0);
    }

    /** Cache content that does not match the expected layout. */
    static final class InvalidCacheException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidCacheException(String message) {
            super(message);
        }
    }
}
