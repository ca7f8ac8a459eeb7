package org.caseport.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records the SQL statements one thread sends to the database, for tests that prove a page issues
 * a fixed number of queries however many rows it lists. The shared test context's data source is
 * wrapped in a datasource-proxy that reports every statement executed; only a thread that
 * {@linkplain #record() started a recording} keeps them, so other tests (and the application's
 * background threads) are not affected. MockMvc serves a request on the test's own thread, so a
 * recording around {@code mvc.perform(...)} holds exactly that request's statements.
 *
 * <p>The {@link JdbcClient} is wrapped too, to keep the SQL as the application wrote it, with its
 * named parameters ({@code where t.case_id = :caseId}) — what {@code bench/explain.sh} runs through
 * {@code EXPLAIN}, the parameters being psql variables there.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    /** Starts recording this thread's statements until the recording is closed. */
    public static Recording record() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("this thread is already recording its SQL statements");
        }
        Recording recording = new Recording();
        CURRENT.set(recording);
        return recording;
    }

    /** The statements one thread executed while recording, in order; a batch counts once. */
    public static final class Recording implements AutoCloseable {

        private final List<String> statements = new ArrayList<>();
        private final List<String> written = new ArrayList<>();

        private Recording() {
        }

        public List<String> statements() {
            return List.copyOf(statements);
        }

        public int count() {
            return statements.size();
        }

        /** The SQL handed to {@link JdbcClient#sql(String)} meanwhile, named parameters and all, in order. */
        public List<String> sqlAsWritten() {
            return List.copyOf(written);
        }

        @Override
        public void close() {
            CURRENT.remove();
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource) {
                    return ProxyDataSourceBuilder.create(dataSource).name(beanName)
                            .listener(new ToCurrentRecording()).build();
                }
                return bean;
            }
        };
    }

    @Bean
    static BeanPostProcessor jdbcClientKeepingSqlAsWritten() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcClient jdbc) {
                    return Proxy.newProxyInstance(JdbcClient.class.getClassLoader(), new Class<?>[] {JdbcClient.class},
                            (proxy, method, arguments) -> {
                                Recording recording = CURRENT.get();
                                if (recording != null && method.getName().equals("sql") && arguments != null
                                        && arguments.length == 1 && arguments[0] instanceof String sql) {
                                    recording.written.add(sql);
                                }
                                try {
                                    return method.invoke(jdbc, arguments);
                                } catch (InvocationTargetException failure) {
                                    throw failure.getCause();
                                }
                            });
                }
                return bean;
            }
        };
    }

    private static final class ToCurrentRecording implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            // counted once it ran, in afterQuery
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            Recording recording = CURRENT.get();
            if (recording != null) {
                recording.statements.add(String.join(";\n", queries.stream().map(QueryInfo::getQuery).toList()));
            }
        }
    }
}
