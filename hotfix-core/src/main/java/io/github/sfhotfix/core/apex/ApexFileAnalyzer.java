package io.github.sfhotfix.core.apex;

import io.github.apexdevtools.apexparser.ApexLexer;
import io.github.apexdevtools.apexparser.CaseInsensitiveInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Analyser of one Apex {@code .cls} or {@code .trigger} file that runs the apex-parser lexer only, because a full
 * parse is too slow for thousands of files. Comments and string literals never count as references because only
 * tokens of the lexer's default channel are read.
 *
 * <p>Thread-safe: the lexer's shared DFA cache is the only shared state.
 */
public final class ApexFileAnalyzer {

    /** Keywords that can never name a class or an sObject, left out of the references to keep them small. */
    private static final int[] STRUCTURAL_KEYWORDS = {
        ApexLexer.ABSTRACT, ApexLexer.BREAK, ApexLexer.CATCH, ApexLexer.CLASS, ApexLexer.CONTINUE, ApexLexer.DO,
        ApexLexer.ELSE, ApexLexer.ENUM, ApexLexer.EXTENDS, ApexLexer.FINAL, ApexLexer.FINALLY, ApexLexer.FOR,
        ApexLexer.GLOBAL, ApexLexer.IF, ApexLexer.IMPLEMENTS, ApexLexer.INSTANCEOF, ApexLexer.INTERFACE,
        ApexLexer.NEW, ApexLexer.NULL, ApexLexer.OVERRIDE, ApexLexer.PRIVATE, ApexLexer.PROTECTED,
        ApexLexer.PUBLIC, ApexLexer.RETURN, ApexLexer.STATIC, ApexLexer.SUPER, ApexLexer.SWITCH, ApexLexer.THIS,
        ApexLexer.THROW, ApexLexer.TRANSIENT, ApexLexer.TRIGGER, ApexLexer.TRY, ApexLexer.VIRTUAL, ApexLexer.VOID,
        ApexLexer.WHILE, ApexLexer.TESTMETHOD, ApexLexer.WEBSERVICE, ApexLexer.SHARING, ApexLexer.WITH,
        ApexLexer.WITHOUT, ApexLexer.INHERITED, ApexLexer.ON, ApexLexer.WHEN, ApexLexer.LIST, ApexLexer.MAP,
        ApexLexer.SET, ApexLexer.SELECT, ApexLexer.FROM, ApexLexer.WHERE, ApexLexer.SOQLAND, ApexLexer.SOQLOR,
        ApexLexer.NOT, ApexLexer.INSERT, ApexLexer.UPDATE, ApexLexer.UPSERT, ApexLexer.DELETE, ApexLexer.UNDELETE,
        ApexLexer.MERGE};

    /**
     * Token types that can be a name, indexed by type: identifiers and the keywords that Apex also accepts as
     * names ({@code User}, {@code Name}, {@code Data}), without the structural keywords.
     */
    private static final boolean[] NAME_TYPES = nameTypes();

    private ApexFileAnalyzer() {
    }

    /**
     * Analyses the content of one Apex file.
     *
     * @param path repository-relative path, which gives the class name and appears in problems
     * @param content the file's bytes, expected to be UTF-8 text
     * @return the file's facts, or a problem when the content is not text, does not lex, or declares no class,
     *     interface, enum or trigger
     */
    public static ApexAnalysis analyze(String path, byte[] content) {
        if (isAsciiWithoutNul(content)) {
            return lex(path, lowercaseAscii(content, path),
                    (start, stop) -> new String(content, start, stop + 1 - start, StandardCharsets.US_ASCII));
        }
        String source;
        try {
            source = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new ApexProblem(path, "is not valid UTF-8 text, so it is probably a binary file");
        }
        if (source.indexOf('\0') >= 0) {
            return new ApexProblem(path, "contains NUL characters, so it is probably a binary file");
        }
        return analyze(path, source);
    }

    /**
     * Analyses the source text of one Apex file.
     *
     * @see #analyze(String, byte[])
     */
    public static ApexAnalysis analyze(String path, String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        return lex(path, caseInsensitive(text, path), (start, stop) -> {
            int begin = text.offsetByCodePoints(0, start);
            return text.substring(begin, text.offsetByCodePoints(begin, stop + 1 - start));
        });
    }

    private static ApexAnalysis lex(String path, CharStream input, OriginalText originalText) {
        ApexLexer lexer = new ApexLexer(input);
        LexerErrors errors = new LexerErrors();
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);

        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(token);
            }
        }
        if (errors.first != null) {
            String more = errors.count > 1 ? " (and " + (errors.count - 1) + " more lexer errors)" : "";
            return new ApexProblem(path, "cannot be lexed: " + errors.first + more);
        }
        return new TokenScan(path, originalText, tokens).run();
    }

    /**
     * Returns the lexer input for Apex, whose keywords and names ignore case. Lowercasing the text once gives the
     * lexer the same characters as {@link CaseInsensitiveInputStream}, which lowercases on every look-ahead, in
     * about half the lexing time once the JIT has compiled the lexer. When lowercasing changes the length (a few non-ASCII letters such as U+0130), token
     * positions would no longer match the original text, so the stream of apex-parser is used instead.
     */
    private static CharStream caseInsensitive(String text, String path) {
        String lowercase = text.toLowerCase(Locale.ROOT);
        if (lowercase.length() != text.length()) {
            return new CaseInsensitiveInputStream(CharStreams.fromString(text, path));
        }
        return CharStreams.fromString(lowercase, path);
    }

    /** Returns whether the content is ASCII text without NUL, which most Apex files are. */
    private static boolean isAsciiWithoutNul(byte[] content) {
        for (byte b : content) {
            if (b <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Returns a lexer input of lowercased ASCII bytes, skipping the decoding and copying of the String path. */
    private static CharStream lowercaseAscii(byte[] content, String path) {
        byte[] lowercase = new byte[content.length];
        for (int i = 0; i < content.length; i++) {
            byte b = content[i];
            lowercase[i] = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
        }
        return CodePointCharStream.fromBuffer(CodePointBuffer.withBytes(ByteBuffer.wrap(lowercase)), path);
    }

    private static boolean[] nameTypes() {
        boolean[] types = new boolean[ApexLexer.VOCABULARY.getMaxTokenType() + 1];
        types[ApexLexer.Identifier] = true;
        for (int type = ApexLexer.ABSTRACT; type < ApexLexer.DateLiteral; type++) {
            types[type] = true;
        }
        for (int type = ApexLexer.FIND; type <= ApexLexer.LISTVIEW; type++) {
            types[type] = true;
        }
        for (int type : STRUCTURAL_KEYWORDS) {
            types[type] = false;
        }
        return types;
    }

    private static boolean isWord(Token token) {
        int type = token.getType();
        return type > 0 && type < NAME_TYPES.length && NAME_TYPES[type];
    }

    /** One pass over the default-channel tokens of a file. */
    private static final class TokenScan {

        private final String path;
        private final OriginalText originalText;
        private final List<Token> tokens;
        private final Set<String> references = new HashSet<>();
        private int braceDepth;
        private boolean testAnnotation;
        private boolean containsTestMethods;
        private ApexKind kind;
        private String declaredName;
        private String triggerObject;

        TokenScan(String path, OriginalText originalText, List<Token> tokens) {
            this.path = path;
            this.originalText = originalText;
            this.tokens = tokens;
        }

        ApexAnalysis run() {
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                int type = token.getType();

                if (type == ApexLexer.DIV && startsRightAfter(i + 1, token) && typeAt(i + 1) == ApexLexer.MUL) {
                    return problem("has an unterminated block comment: '/*' at line " + token.getLine()
                            + " has no closing '*/'");
                }
                if (type == ApexLexer.LBRACE) {
                    braceDepth++;
                } else if (type == ApexLexer.RBRACE && --braceDepth < 0) {
                    return problem("has an unmatched '}' at line " + token.getLine());
                } else if (type == ApexLexer.ATSIGN && isTestAnnotation(i)) {
                    if (braceDepth == 0 && kind == null) {
                        testAnnotation = true;
                    } else {
                        containsTestMethods = true;
                    }
                } else if (type == ApexLexer.TESTMETHOD) {
                    containsTestMethods = true;
                } else if (braceDepth == 0 && kind == null && isDeclarationKeyword(type)) {
                    ApexProblem incomplete = readDeclaration(i);
                    if (incomplete != null) {
                        return incomplete;
                    }
                }
                if (isWord(token)) {
                    references.add(token.getText().toLowerCase(Locale.ROOT));
                }
            }

            if (braceDepth > 0) {
                return problem("ends with " + braceDepth + " unclosed '{', so the file is probably truncated");
            }
            if (kind == null) {
                return problem("declares no class, interface, enum or trigger");
            }
            references.remove(declaredName.toLowerCase(Locale.ROOT));
            String name = ApexFileFacts.nameOf(path);
            references.remove(name.toLowerCase(Locale.ROOT));
            boolean test = testAnnotation && kind == ApexKind.CLASS;
            return new ApexFileFacts(path, name, kind, declaredName, test, test && containsTestMethods, triggerObject,
                    references, true);
        }

        private ApexProblem readDeclaration(int keywordIndex) {
            int type = tokens.get(keywordIndex).getType();
            Token name = wordAt(keywordIndex + 1);
            if (type == ApexLexer.TRIGGER) {
                Token sObject = wordAt(keywordIndex + 3);
                if (name == null || typeAt(keywordIndex + 2) != ApexLexer.ON || sObject == null) {
                    return problem("has an incomplete trigger declaration at line " + tokens.get(keywordIndex)
                            .getLine() + ", expected 'trigger Name on SObject (events)'");
                }
                kind = ApexKind.TRIGGER;
                declaredName = originalText(name);
                triggerObject = originalText(sObject);
                return null;
            }
            if (name == null) {
                return problem("has a '" + tokens.get(keywordIndex).getText() + "' keyword without a name at line "
                        + tokens.get(keywordIndex).getLine());
            }
            kind = type == ApexLexer.CLASS ? ApexKind.CLASS : type == ApexLexer.INTERFACE ? ApexKind.INTERFACE
                    : ApexKind.ENUM;
            declaredName = originalText(name);
            return null;
        }

        private static boolean isDeclarationKeyword(int type) {
            return type == ApexLexer.CLASS || type == ApexLexer.INTERFACE || type == ApexLexer.ENUM
                    || type == ApexLexer.TRIGGER;
        }

        private boolean isTestAnnotation(int atIndex) {
            Token name = wordAt(atIndex + 1);
            return name != null && name.getText().equalsIgnoreCase("istest");
        }

        private boolean startsRightAfter(int index, Token previous) {
            return index < tokens.size() && tokens.get(index).getStartIndex() == previous.getStopIndex() + 1;
        }

        private int typeAt(int index) {
            return index < tokens.size() ? tokens.get(index).getType() : Token.EOF;
        }

        private Token wordAt(int index) {
            return index < tokens.size() && isWord(tokens.get(index)) ? tokens.get(index) : null;
        }

        /** Returns the token's text in the case the file uses, which the lowercased lexer input has lost. */
        private String originalText(Token token) {
            return originalText.between(token.getStartIndex(), token.getStopIndex());
        }

        private ApexProblem problem(String message) {
            return new ApexProblem(path, message);
        }
    }

    /** Source of the original text of a token, whose positions count code points, both inclusive. */
    @FunctionalInterface
    private interface OriginalText {

        String between(int start, int stop);
    }

    /** Keeps the first lexer error and counts the rest, in place of ANTLR's default printing to stderr. */
    private static final class LexerErrors extends BaseErrorListener {

        private String first;
        private int count;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                String message, RecognitionException e) {
            if (first == null) {
                first = "line " + line + ":" + column + " " + message;
            }
            count++;
        }
    }
}
