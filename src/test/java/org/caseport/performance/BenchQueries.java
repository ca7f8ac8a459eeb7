package org.caseport.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The file {@code bench/explain.sh} reads: every distinct SELECT the list pages issue, as the
 * application writes it (named parameters such as {@code :caseId}, which are psql variables there),
 * each headed by the pages that issue it (and, where it has an {@code :id}, a psql line saying which
 * record that is). {@link QueriesPerPageTest} renders it from the pages it
 * requests and checks the committed file is the same, so the bench explains the app's real SQL.
 */
final class BenchQueries {

    static final String PATH = "bench/explain-queries.sql";
    /** Set to true (-Dcaseport.bench.write-queries=true) to rewrite the file instead of comparing. */
    static final String WRITE_PROPERTY = "caseport.bench.write-queries";
    /** Starts each query's header; bench/explain.sh splits the file on it. */
    static final String HEADER = "-- query ";

    /**
     * The one parameter name the application gives several kinds of record: {@code :id}. Which record
     * it names in a statement is read from the statement; bench/explain.sh sets the variable of that
     * name before running it.
     */
    private static final Map<Pattern, String> WHAT_ID_NAMES = new LinkedHashMap<>();

    static {
        WHAT_ID_NAMES.put(Pattern.compile("(document_id|d\\.id|from documents where id) = :id\\b"), "documentId");
        WHAT_ID_NAMES.put(Pattern.compile("(cc\\.client_id|from clients where id) = :id\\b"), "clientId");
        WHAT_ID_NAMES.put(Pattern.compile("cc\\.id = :id\\b"), "contactId");
        WHAT_ID_NAMES.put(Pattern.compile("(u\\.id|from user_accounts where id) = :id\\b"), "accessActorId");
    }

    private BenchQueries() {
    }

    /** The file's text for the statements each page wrote, pages in order. */
    static String render(Map<String, List<String>> sqlByPage) {
        Map<String, List<String>> pagesBySql = new LinkedHashMap<>();
        sqlByPage.forEach((page, statements) -> statements.stream().map(BenchQueries::tidy)
                .filter(BenchQueries::isQuery).distinct()
                .forEach(sql -> pagesBySql.computeIfAbsent(sql, key -> new ArrayList<>()).add(page)));
        StringBuilder file = new StringBuilder("""
                -- The SELECT statements Caseport's list pages issue, exactly as the application writes them; the
                -- named parameters (:caseId, :limit, ...) are psql variables that bench/explain.sh sets from the
                -- database it explains. Written by QueriesPerPageTest, which fails when the application's SQL
                -- no longer matches this file; to rewrite it:
                --   mvn -B -ntp -q verify -Dtest=QueriesPerPageTest -Dcaseport.bench.write-queries=true
                """);
        // Ordered by the first page issuing each query, then by its text: within one request the order
        // of statements may differ from one JVM to the next (the model attributes' methods are found by
        // reflection), and the file must not.
        List<String> pages = List.copyOf(sqlByPage.keySet());
        List<Map.Entry<String, List<String>>> ordered = pagesBySql.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<String>> query) ->
                        pages.indexOf(query.getValue().get(0))).thenComparing(Map.Entry::getKey))
                .toList();
        int number = 0;
        for (Map.Entry<String, List<String>> query : ordered) {
            number++;
            file.append('\n').append(HEADER).append(number).append(": ")
                    .append(query.getValue().stream().collect(Collectors.joining("; "))).append('\n');
            if (ID.matcher(query.getKey()).find()) {
                file.append("\\set id :").append(whatIdNames(query.getKey())).append('\n');
            }
            file.append(query.getKey()).append(";\n");
        }
        return file.toString();
    }

    private static final Pattern ID = Pattern.compile(":id\\b");

    private static String whatIdNames(String sql) {
        return WHAT_ID_NAMES.entrySet().stream().filter(rule -> rule.getKey().matcher(sql.replaceAll("\\s+", " ")).find())
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("Tell BenchQueries.WHAT_ID_NAMES which record :id names in "
                        + sql));
    }

    private static boolean isQuery(String sql) {
        String start = sql.toLowerCase(Locale.ROOT);
        return start.startsWith("select") || start.startsWith("with");
    }

    /** The statement without surrounding blanks or trailing spaces on its lines. */
    private static String tidy(String sql) {
        return sql.strip().lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
    }
}
