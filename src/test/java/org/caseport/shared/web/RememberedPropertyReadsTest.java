package org.caseport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

class RememberedPropertyReadsTest {

    record Case(String title, long id) {
    }

    public static class Client {
        private final String title;

        Client(String title) {
            this.title = title;
        }

        public String getTitle() {
            return title;
        }
    }

    private final SpelExpressionParser parser = new SpelExpressionParser();

    /** A page's context as Thymeleaf makes it, with the remembered reads added as the dialect does. */
    private static StandardEvaluationContext page(Object root) {
        ThymeleafEvaluationContext page = new ThymeleafEvaluationContext(new StaticApplicationContext(), null);
        page.addPropertyAccessor(RememberedPropertyReads.INSTANCE);
        page.setRootObject(root);
        return page;
    }

    private static StandardEvaluationContext thymeleafAlone(Object root) {
        ThymeleafEvaluationContext page = new ThymeleafEvaluationContext(new StaticApplicationContext(), null);
        page.setRootObject(root);
        return page;
    }

    @Test
    void readsRecordComponentsAndGettersOfEveryInstance() {
        Expression title = parser.parseExpression("title");
        for (int i = 0; i < 3; i++) {
            assertThat(title.getValue(page(new Case("Case " + i, i)))).isEqualTo("Case " + i);
        }
        assertThat(parser.parseExpression("id").getValue(page(new Case("x", 42)))).isEqualTo(42L);
        assertThat(title.getValue(page(new Client("Acme")))).isEqualTo("Acme");
    }

    @Test
    void oneExpressionReadsTheSamePropertyOfDifferentClasses() {
        Expression title = parser.parseExpression("title");
        List<Object> targets = List.of(new Case("a case", 1), new Client("a client"), new Case("another", 2));
        assertThat(targets.stream().map(target -> title.getValue(page(target))))
                .containsExactly("a case", "a client", "another");
    }

    @Test
    void mapsStillReadTheirKeys() {
        Expression title = parser.parseExpression("title");
        assertThat(title.getValue(page(new Case("a case", 1)))).isEqualTo("a case");
        assertThat(title.getValue(page(Map.of("title", "from the map")))).isEqualTo("from the map");
    }

    @Test
    void refusesWhatThymeleafRefuses() {
        Expression name = parser.parseExpression("name");
        Thread thread = new Thread(() -> { }, "not for templates");
        assertThatThrownBy(() -> name.getValue(thymeleafAlone(thread))).isInstanceOf(EvaluationException.class);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> name.getValue(page(thread))).isInstanceOf(EvaluationException.class);
        }
        assertThatThrownBy(() -> parser.parseExpression("nothing").getValue(page(new Case("x", 1))))
                .isInstanceOf(EvaluationException.class);
    }

    @Test
    void refusalOfOneClassDoesNotStopReadingAnother() {
        Thread thread = new Thread(() -> { }, "not for templates");
        assertThatThrownBy(() -> parser.parseExpression("name").getValue(page(thread)))
                .isInstanceOf(EvaluationException.class);
        assertThat(parser.parseExpression("title").getValue(page(new Client("still read")))).isEqualTo("still read");
    }
}
