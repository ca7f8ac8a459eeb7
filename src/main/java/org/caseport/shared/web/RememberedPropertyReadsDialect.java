package org.caseport.shared.web;

import java.util.Set;

import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Puts {@link RememberedPropertyReads} into the evaluation context Thymeleaf makes for each page, as
 * the page starts to render: Thymeleaf offers no other place to add a property accessor to it.
 */
@Component
class RememberedPropertyReadsDialect extends AbstractProcessorDialect {

    RememberedPropertyReadsDialect() {
        super("Remembered property reads", "caseport", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        // Pages only: mails are rendered without a page's evaluation context.
        return Set.of(new AtTemplateStart());
    }

    private static final class AtTemplateStart extends AbstractTemplateBoundariesProcessor {

        AtTemplateStart() {
            super(TemplateMode.HTML, 1000);
        }

        @Override
        public void doProcessTemplateStart(ITemplateContext context, ITemplateStart start,
                ITemplateBoundariesStructureHandler structure) {
            Object evaluation = context.getVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
            if (evaluation instanceof StandardEvaluationContext page
                    && !page.getPropertyAccessors().contains(RememberedPropertyReads.INSTANCE)) {
                // Before the last accessor, Thymeleaf's reflective one with its restrictions.
                page.addPropertyAccessor(RememberedPropertyReads.INSTANCE);
            }
        }

        @Override
        public void doProcessTemplateEnd(ITemplateContext context, ITemplateEnd end,
                ITemplateBoundariesStructureHandler structure) {
        }
    }
}
