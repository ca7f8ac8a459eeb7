package org.caseport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what the load test's uploads left: the documents on one case whose titles start with
 * the run's prefix, their versions (and any downloads or comments of them) and their files.
 */
final class BenchUploads {

    private BenchUploads() {
    }

    /** Answers how many documents were removed. */
    static int remove(Connection connection, Path documentsRoot, long caseId, String titlePrefix)
            throws SQLException, IOException {
        if (titlePrefix.isBlank()) {
            throw new IllegalArgumentException("a title prefix is needed");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select v.storage_key from document_versions v join documents d on d.id = v.document_id
                    where d.case_id = ? and starts_with(d.title, ?)""")) {
                select.setLong(1, caseId);
                select.setString(2, titlePrefix);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        keys.add(result.getString(1));
                    }
                }
            }
            int removed = 0;
            for (String table : new String[] {"document_downloads", "document_comments", "document_versions", "documents"}) {
                String column = table.equals("documents") ? "id" : "document_id";
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where " + column
                        + " in (select id from documents where case_id = ? and starts_with(title, ?))")) {
                    delete.setLong(1, caseId);
                    delete.setString(2, titlePrefix);
                    removed = delete.executeUpdate();
                }
            }
            connection.commit();
            for (String key : keys) {
                Files.deleteIfExists(documentsRoot.resolve(key));
            }
            return removed;
        } catch (SQLException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
