package org.caseport.notifications;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail's template pair: {@code templates/mail/<name>.html} in HTML mode, which escapes
 * every {@code th:text}, and {@code templates/mail/<name>.txt} in TEXT mode. Its engines are its
 * own, not beans, so the web pages keep Spring Boot's engine.
 */
@Component
class MailTemplates {

    private static final String LOCATION = "templates/mail/";

    private final ITemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final ITemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    record Rendered(String text, String html) {
    }

    Rendered render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.getDefault(), model);
        return new Rendered(text.process(template, context), html.process(template, context));
    }

    private static ITemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(LOCATION);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
