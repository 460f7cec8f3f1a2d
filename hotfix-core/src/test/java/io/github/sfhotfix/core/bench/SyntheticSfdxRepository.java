package io.github.sfhotfix.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Generator of a synthetic Salesforce DX repository for benchmarks: Apex classes, tests and triggers in two package
 * directories, a long linear history, a production tag and a hotfix branch.
 *
 * <p>Objects are written straight into one pack with JGit's {@link ObjectInserter}, without an index or work tree,
 * so 20,000 commits take seconds. The resulting repository has:
 * <ul>
 *   <li>tag {@code v1.0.0} (annotated) on an early commit, and branch {@code main} at that commit;</li>
 *   <li>branch {@code develop} at the last commit;</li>
 *   <li>branch {@code hotfix/bench-fix}, checked out, with one commit {@code hotfix: bench fix} on top of the tag
 *       that changes one class and carries the trailers {@code Severity: Critical} and {@code Issue: #1}.</li>
 * </ul>
 */
public final class SyntheticSfdxRepository {

    /** Production tag created on an early commit. */
    public static final String PRODUCTION_TAG = "v1.0.0";

    /** Branch with the one hotfix commit. */
    public static final String HOTFIX_BRANCH = "hotfix/bench-fix";

    /** Package directories the repository's {@code sfdx-project.json} lists. */
    public static final List<String> PACKAGE_DIRECTORIES = List.of("force-app", "sfdx-source/shared");

    private static final String[] DOMAINS = {"Account", "Billing", "Order", "Quote", "Invoice", "Shipment", "Case",
        "Lead", "Pricing", "Contract", "Payment", "Territory", "Product", "Campaign", "Asset", "Entitlement"};
    private static final String[] ROLES = {"Service", "Selector", "Domain", "Controller", "Helper", "Batch",
        "Queueable", "Handler"};
    private static final String[] SOBJECTS = {"Account", "Contact", "Opportunity", "Case", "Lead", "Task", "User",
        "Invoice__c", "Shipment__c", "Payment__c"};
    private static final int CLASSES_PER_FOLDER = 50;
    private static final String META_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
                <apiVersion>62.0</apiVersion>
                <status>Active</status>
            </ApexClass>
            """;

    private SyntheticSfdxRepository() {
    }

    /**
     * Sizes of the generated repository.
     *
     * @param classes Apex classes in total, tests included
     * @param testClasses how many of the classes are test classes, at most one per other class. One of them is a
     *     test data factory without test methods.
     * @param triggers triggers, in addition to the classes
     * @param apexBytes approximate total size of all {@code .cls} and {@code .trigger} files
     * @param commits commits on {@code develop}, the first of which adds all files
     * @param seed seed of the random choices, so equal sizes give equal repositories
     * @param checkout whether to write the work tree of {@code hotfix/bench-fix}
     */
    public record Sizes(int classes, int testClasses, int triggers, long apexBytes, int commits, long seed,
            boolean checkout) {

        public Sizes {
            if (testClasses < 1 || testClasses > classes - testClasses + 1 || commits < 2 || triggers < 0
                    || apexBytes < 1) {
                throw new IllegalArgumentException("Invalid sizes: " + classes + " classes, " + testClasses
                        + " tests, " + triggers + " triggers, " + apexBytes + " bytes, " + commits + " commits. "
                        + "Expected at least one test and at most one test per other class, 2 or more commits.");
            }
        }

        /** Returns the benchmark sizes: 5,000 classes of which 2,000 tests, 50 triggers, 15 MB, 20,000 commits. */
        public static Sizes full() {
            return new Sizes(5_000, 2_000, 50, 15_000_000L, 20_000, 42L, true);
        }
    }

    /**
     * Generated repository.
     *
     * @param workTree the repository's work tree; the git directory is {@code workTree/.git}
     * @param productionTag name of the production tag
     * @param hotfixBranch name of the hotfix branch, checked out
     * @param changedPath repository-relative path of the class the hotfix commit changes
     */
    public record Generated(Path workTree, String productionTag, String hotfixBranch, String changedPath) {

        /** Returns the git directory. */
        public Path gitDir() {
            return workTree.resolve(Constants.DOT_GIT);
        }
    }

    /**
     * Generates the repository in {@code directory}, which must not exist or be empty.
     *
     * @throws IOException when the directory is not empty or writing fails
     */
    public static Generated generate(Path directory, Sizes sizes) throws IOException {
        if (Files.isDirectory(directory)) {
            try (var entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("Directory " + directory + " is not empty: delete it or pick another one");
                }
            }
        }
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            return new Writer(git.getRepository(), sizes).write(git);
        } catch (GitAPIException e) {
            throw new IOException("Cannot create repository in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** One Apex file: its path and content split around the revision number that commits change. */
    private record ApexSource(String path, String name, String before, String after) {

        byte[] content(int revision) {
            return (before + revision + after).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes the objects and references of one repository. */
    private static final class Writer {

        private final Repository repository;
        private final Sizes sizes;
        private final Random random;
        private final Directory root = new Directory(null);
        private final List<ApexSource> sources = new ArrayList<>();
        private final List<String> classNames = new ArrayList<>();
        private final long startSeconds = Instant.parse("2023-01-02T09:00:00Z").getEpochSecond();

        Writer(Repository repository, Sizes sizes) {
            this.repository = repository;
            this.sizes = sizes;
            this.random = new Random(sizes.seed());
        }

        Generated write(Git git) throws IOException, GitAPIException {
            planSources();
            int tagCommit = Math.min(10, sizes.commits() - 1);
            ObjectId tagged = null;
            ObjectId tip = null;
            ObjectId hotfix = null;
            ApexSource fixed = sources.get(0);

            try (ObjectInserter inserter = newInserter()) {
                ObjectId meta = inserter.insert(Constants.OBJ_BLOB, META_XML.getBytes(StandardCharsets.UTF_8));
                ObjectId project = inserter.insert(Constants.OBJ_BLOB, projectJson());
                root.put("sfdx-project.json", project, FileMode.REGULAR_FILE);
                for (ApexSource source : sources) {
                    root.put(source.path(), inserter.insert(Constants.OBJ_BLOB, source.content(0)),
                            FileMode.REGULAR_FILE);
                    if (source.path().endsWith(".cls")) {
                        root.put(source.path() + "-meta.xml", meta, FileMode.REGULAR_FILE);
                    }
                }
                tip = commit(inserter, null, root.write(inserter), "Import the project", 0);

                for (int number = 1; number < sizes.commits(); number++) {
                    ApexSource changed = sources.get(random.nextInt(sources.size()));
                    root.put(changed.path(),
                            inserter.insert(Constants.OBJ_BLOB, changed.content(number)), FileMode.REGULAR_FILE);
                    tip = commit(inserter, tip, root.write(inserter), "Change " + changed.name()
                            + "\n\nRevision " + number + " of the synthetic history.", number);

                    if (number == tagCommit) {
                        tagged = tip;
                        hotfix = writeHotfix(inserter, fixed, tip, number);
                    }
                }
                if (tagged == null) {
                    tagged = tip;
                    hotfix = writeHotfix(inserter, fixed, tip, sizes.commits());
                }
                ObjectId tag = inserter.insert(tag(tagged));
                inserter.flush();

                updateRef(Constants.R_TAGS + PRODUCTION_TAG, tag);
                updateRef(Constants.R_HEADS + "main", tagged);
                updateRef(Constants.R_HEADS + "develop", tip);
                updateRef(Constants.R_HEADS + HOTFIX_BRANCH, hotfix);
            }

            RefUpdate head = repository.updateRef(Constants.HEAD);
            head.link(Constants.R_HEADS + HOTFIX_BRANCH);
            if (sizes.checkout()) {
                git.reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.HEAD).call();
            }
            return new Generated(repository.getWorkTree().toPath(), PRODUCTION_TAG, HOTFIX_BRANCH, fixed.path());
        }

        private ObjectInserter newInserter() {
            // Writing one pack is much faster than a loose object per insert. PackInserter is JGit internal API,
            // acceptable for a benchmark in test scope.
            if (repository.getObjectDatabase() instanceof ObjectDirectory directory) {
                PackInserter inserter = directory.newPackInserter();
                inserter.checkExisting(false);
                inserter.setCompressionLevel(1);
                return inserter;
            }
            return repository.newObjectInserter();
        }

        private ObjectId writeHotfix(ObjectInserter inserter, ApexSource fixed, ObjectId base, int number)
                throws IOException {
            ObjectId original = root.put(fixed.path(), inserter.insert(Constants.OBJ_BLOB,
                    fixed.content(1_000_000 + number)), FileMode.REGULAR_FILE);
            ObjectId commit = commit(inserter, base, root.write(inserter), "hotfix: bench fix\n\n"
                    + "Fix the revision of " + fixed.name() + " for the benchmark.\n\n"
                    + "Severity: Critical\nIssue: #1\n", number);
            root.put(fixed.path(), original, FileMode.REGULAR_FILE);
            return commit;
        }

        private ObjectId commit(ObjectInserter inserter, ObjectId parent, ObjectId tree, String message, int number)
                throws IOException {
            PersonIdent person = new PersonIdent("Bench Developer", "bench@example.com",
                    Instant.ofEpochSecond(startSeconds + number * 600L), TimeZone.getTimeZone("UTC").toZoneId());
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (parent != null) {
                commit.setParentId(parent);
            }
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(message);
            return inserter.insert(commit);
        }

        private TagBuilder tag(ObjectId commit) {
            TagBuilder tag = new TagBuilder();
            tag.setTag(PRODUCTION_TAG);
            tag.setObjectId(commit, Constants.OBJ_COMMIT);
            tag.setTagger(new PersonIdent("Release Manager", "release@example.com",
                    Instant.ofEpochSecond(startSeconds), TimeZone.getTimeZone("UTC").toZoneId()));
            tag.setMessage("Production release " + PRODUCTION_TAG + "\n");
            return tag;
        }

        private void updateRef(String name, ObjectId id) throws IOException {
            RefUpdate update = repository.updateRef(name);
            update.setNewObjectId(id);
            update.setForceUpdate(true);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED) {
                throw new IOException("Cannot create " + name + ": " + result);
            }
        }

        private byte[] projectJson() {
            return """
                    {
                      "packageDirectories": [
                        { "path": "force-app", "default": true },
                        { "path": "sfdx-source/shared" }
                      ],
                      "name": "synthetic-benchmark",
                      "namespace": "",
                      "sfdcLoginUrl": "https://login.salesforce.com",
                      "sourceApiVersion": "62.0"
                    }
                    """.getBytes(StandardCharsets.UTF_8);
        }

        /** Chooses every class name first, so that each file can reference any other class. */
        private void planSources() {
            int plainClasses = sizes.classes() - sizes.testClasses();
            for (int i = 0; i < plainClasses; i++) {
                classNames.add(DOMAINS[i % DOMAINS.length] + ROLES[(i / DOMAINS.length) % ROLES.length] + i);
            }
            long bytesPerFile = Math.max(200, sizes.apexBytes() / (sizes.classes() + sizes.triggers()));

            for (int i = 0; i < plainClasses; i++) {
                addSource(folderOf(i), classNames.get(i), plainClass(i, bytesPerFile));
            }
            addSource(folderOf(0), "TestDataFactory", testDataFactory());
            for (int t = 1; t < sizes.testClasses(); t++) {
                int target = (t - 1) % plainClasses;
                String testName = testName(t, classNames.get(target));
                addSource(folderOf(target), testName, testClass(testName, target, bytesPerFile));
            }
            for (int t = 0; t < sizes.triggers(); t++) {
                String sObject = SOBJECTS[t % SOBJECTS.length];
                String name = sObject.replace("__c", "") + "Trigger" + t;
                String path = "force-app/main/default/triggers/" + name + ".trigger";
                String[] parts = triggerSource(name, sObject, bytesPerFile);
                sources.add(new ApexSource(path, name, parts[0], parts[1]));
            }
        }

        private void addSource(String folder, String name, String[] parts) {
            sources.add(new ApexSource(folder + "/" + name + ".cls", name, parts[0], parts[1]));
        }

        /** Places every fifth class in the second package directory, in folders of up to 50 classes. */
        private String folderOf(int classIndex) {
            int folder = classIndex / CLASSES_PER_FOLDER;
            String domain = DOMAINS[folder % DOMAINS.length].toLowerCase(Locale.ROOT) + folder;
            return classIndex % 5 == 4 ? "sfdx-source/shared/main/classes/" + domain
                    : "force-app/main/default/classes/" + domain;
        }

        private static String testName(int testIndex, String target) {
            return switch (testIndex % 6) {
                case 0 -> target + "Test";
                case 1 -> target + "_Test";
                case 2 -> target + "Tests";
                case 3 -> target.toUpperCase(Locale.ROOT) + "_TEST";
                case 4 -> target + "_Tests";
                default -> target.replaceAll("\\d+$", "") + "Scenario" + testIndex;
            };
        }

        private String[] plainClass(int index, long bytesPerFile) {
            String name = classNames.get(index);
            StringBuilder code = new StringBuilder();
            code.append("/**\n * ").append(name).append(" handles ").append(DOMAINS[index % DOMAINS.length])
                    .append(" records for the synthetic benchmark.\n */\n")
                    .append("public with sharing class ").append(name).append(" {\n")
                    .append("    private static final Integer REVISION = ");
            String before = code.toString();
            code.setLength(0);
            code.append(";\n");

            List<String> dependencies = dependencies(index, 3 + random.nextInt(6));
            for (String dependency : dependencies) {
                code.append("    private ").append(dependency).append(" ").append(field(dependency)).append(";\n");
            }
            long target = bytesPerFile / 2 + (long) (random.nextDouble() * bytesPerFile);
            for (int method = 0; before.length() + code.length() < target; method++) {
                String dependency = dependencies.get(method % dependencies.size());
                String sObject = SOBJECTS[random.nextInt(SOBJECTS.length)];
                code.append("\n    // Processes ").append(sObject).append(" records; see ").append(dependency)
                        .append(" for the rules.\n")
                        .append("    public List<").append(sObject).append("> process").append(method)
                        .append("(Set<Id> recordIds) {\n")
                        .append("        List<").append(sObject).append("> records = [SELECT Id, Name FROM ")
                        .append(sObject).append(" WHERE Id IN :recordIds LIMIT 200];\n")
                        .append("        for (").append(sObject).append(" record : records) {\n")
                        .append("            if (record.Name != null && record.Name.contains('").append(name)
                        .append("')) {\n")
                        .append("                ").append(field(dependency)).append(".handle(record.Id);\n")
                        .append("            }\n        }\n")
                        .append("        System.debug(LoggingLevel.FINE, 'Processed ' + records.size() + ' in ")
                        .append(name).append("');\n")
                        .append("        return records;\n    }\n");
            }
            code.append("\n    public void handle(Id recordId) {\n        System.debug(recordId);\n    }\n}\n");
            return new String[] {before, code.toString()};
        }

        /** Picks classes mostly from the same layer below, as service and selector layers do. */
        private List<String> dependencies(int index, int count) {
            List<String> dependencies = new ArrayList<>();
            int plainClasses = classNames.size();
            for (int i = 0; i < count; i++) {
                int candidate = random.nextInt(4) == 0 ? random.nextInt(plainClasses)
                        : Math.floorMod(index + 1 + random.nextInt(200), plainClasses);
                String name = classNames.get(candidate);
                if (candidate != index && !dependencies.contains(name)) {
                    dependencies.add(name);
                }
            }
            if (dependencies.isEmpty()) {
                dependencies.add(classNames.get((index + 1) % plainClasses));
            }
            return dependencies;
        }

        private String[] testClass(String testName, int target, long bytesPerFile) {
            String subject = classNames.get(target);
            StringBuilder code = new StringBuilder();
            code.append("@IsTest\nprivate class ").append(testName).append(" {\n")
                    .append("    private static final Integer REVISION = ");
            String before = code.toString();
            code.setLength(0);
            code.append(";\n\n    @TestSetup\n    static void setup() {\n")
                    .append("        TestDataFactory.createAccounts(5);\n    }\n");
            long target2 = bytesPerFile / 2 + (long) (random.nextDouble() * bytesPerFile);
            for (int method = 0; before.length() + code.length() < target2; method++) {
                String sObject = SOBJECTS[random.nextInt(SOBJECTS.length)];
                code.append("\n    @IsTest\n    static void process").append(method).append("HandlesRecords() {\n")
                        .append("        ").append(subject).append(" subject = new ").append(subject)
                        .append("();\n")
                        .append("        Set<Id> ids = new Map<Id, ").append(sObject).append(">([SELECT Id FROM ")
                        .append(sObject).append(" LIMIT 5]).keySet();\n\n")
                        .append("        Test.startTest();\n")
                        .append("        List<").append(sObject).append("> result = subject.process")
                        .append(method % 3).append("(ids);\n")
                        .append("        Test.stopTest();\n\n")
                        .append("        System.assertNotEquals(null, result, 'expected ").append(subject)
                        .append(" to return records');\n    }\n");
            }
            code.append("}\n");
            return new String[] {before, code.toString()};
        }

        private static String[] testDataFactory() {
            String before = "@IsTest\npublic class TestDataFactory {\n    private static final Integer REVISION = ";
            String after = """
                    ;

                        public static List<Account> createAccounts(Integer count) {
                            List<Account> accounts = new List<Account>();
                            for (Integer i = 0; i < count; i++) {
                                accounts.add(new Account(Name = 'Test ' + i));
                            }
                            insert accounts;
                            return accounts;
                        }
                    }
                    """;
            return new String[] {before, after};
        }

        private String[] triggerSource(String name, String sObject, long bytesPerFile) {
            String handler = classNames.get(random.nextInt(classNames.size()));
            String before = "trigger " + name + " on " + sObject + " (before insert, before update, after insert) {\n"
                    + "    Integer revision = ";
            StringBuilder code = new StringBuilder(";\n    ").append(handler).append(" handler = new ")
                    .append(handler).append("();\n");
            long target = Math.min(bytesPerFile, 2_000);
            for (int i = 0; before.length() + code.length() < target; i++) {
                code.append("    if (Trigger.isBefore && Trigger.isInsert) {\n")
                        .append("        for (").append(sObject).append(" record : Trigger.new) {\n")
                        .append("            handler.handle(record.Id); // step ").append(i).append("\n")
                        .append("        }\n    }\n");
            }
            code.append("}\n");
            return new String[] {before, code.toString()};
        }

        private static String field(String className) {
            return Character.toLowerCase(className.charAt(0)) + className.substring(1);
        }
    }

    /** Mutable tree in memory whose changed directories are written again on the next commit. */
    private static final class Directory {

        private final Directory parent;
        private final TreeMap<String, Object> entries = new TreeMap<>();
        private ObjectId id;

        Directory(Directory parent) {
            this.parent = parent;
        }

        /** Sets the blob at a path below this directory and returns the blob it replaced, or null. */
        ObjectId put(String path, ObjectId blob, FileMode mode) {
            int slash = path.indexOf('/');
            invalidate();
            if (slash < 0) {
                Object previous = entries.put(path, new FileEntry(path, blob, mode));
                return previous instanceof FileEntry file ? file.blob() : null;
            }
            String name = path.substring(0, slash);
            // Git orders a directory as if its name ended with '/'.
            Directory child = (Directory) entries.computeIfAbsent(name + "/", key -> new Directory(this));
            return child.put(path.substring(slash + 1), blob, mode);
        }

        private void invalidate() {
            for (Directory directory = this; directory != null; directory = directory.parent) {
                directory.id = null;
            }
        }

        ObjectId write(ObjectInserter inserter) throws IOException {
            if (id != null) {
                return id;
            }
            TreeFormatter tree = new TreeFormatter();
            for (var entry : entries.entrySet()) {
                if (entry.getValue() instanceof Directory directory) {
                    String key = entry.getKey();
                    tree.append(key.substring(0, key.length() - 1), FileMode.TREE, directory.write(inserter));
                } else {
                    FileEntry file = (FileEntry) entry.getValue();
                    tree.append(file.name(), file.mode(), file.blob());
                }
            }
            id = inserter.insert(tree);
            return id;
        }
    }

    private record FileEntry(String name, ObjectId blob, FileMode mode) {
    }
}
