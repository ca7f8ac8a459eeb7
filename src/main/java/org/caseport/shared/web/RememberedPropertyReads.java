package org.caseport.shared.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;

/**
 * Reads a template's properties ({@code ${kase.title}}) the way Thymeleaf's own accessor does, but
 * looks each class's property up once for the life of the application instead of on every read.
 *
 * <p>Thymeleaf's reflective accessor first asks whether the member is one templates may read, then
 * Spring EL makes an accessor for the getter it found and keeps it in the expression, but never
 * reuses it (spring-framework#36987, fixed in 7.1 only): so each read of each page checked the
 * member and looked the getter up again, which cost the staff case list a sixth of its CPU
 * (bench/RESULTS.md). This accessor asks the page's own accessor — Thymeleaf's, with its
 * restrictions — the first time a class and property meet, and keeps the answer: which members may
 * be read depends on the class and the name only.
 *
 * <p>It stands before Thymeleaf's accessor in each page's context ({@link RememberedPropertyReadsDialect});
 * maps and classes it leaves to the accessors made for them.
 */
final class RememberedPropertyReads implements PropertyAccessor {

    static final RememberedPropertyReads INSTANCE = new RememberedPropertyReads();

    /** Finds the getter of a property Thymeleaf allowed; shared, so its own caches last too. */
    private final ReflectivePropertyAccessor reflective = new ReflectivePropertyAccessor(false);
    /** Per class, per property name: how to read it, or empty when Thymeleaf refused it. */
    private final ClassValue<Map<String, Optional<PropertyAccessor>>> readers = new ClassValue<>() {
        @Override
        protected Map<String, Optional<PropertyAccessor>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private RememberedPropertyReads() {
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
        return reader(context, target, name).isPresent();
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        Optional<PropertyAccessor> reader = reader(context, target, name);
        if (reader.isEmpty()) {
            // Spring EL tries the next accessors when a remembered one refuses a new target.
            throw new AccessException("No readable property '" + name + "' on " + describe(target));
        }
        return reader.get().read(context, target, name);
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue)
            throws AccessException {
        throw new AccessException("Templates do not write properties");
    }

    private Optional<PropertyAccessor> reader(EvaluationContext context, Object target, String name)
            throws AccessException {
        if (target == null || target instanceof Map || target instanceof Class) {
            return Optional.empty();
        }
        Map<String, Optional<PropertyAccessor>> byName = readers.get(target.getClass());
        Optional<PropertyAccessor> known = byName.get(name);
        if (known != null) {
            return known;
        }
        Optional<PropertyAccessor> found = pageAccessor(context).canRead(context, target, name)
                ? Optional.of(reflective.createOptimalAccessor(context, target, name))
                : Optional.empty();
        byName.put(name, found);
        return found;
    }

    /** Thymeleaf's accessor in this page's context: the one that says what templates may read. */
    private static PropertyAccessor pageAccessor(EvaluationContext context) throws AccessException {
        for (PropertyAccessor accessor : context.getPropertyAccessors()) {
            if (accessor instanceof ReflectivePropertyAccessor) {
                return accessor;
            }
        }
        throw new AccessException("No reflective property accessor in this evaluation context");
    }

    private static String describe(Object target) {
        return target == null ? "null" : target.getClass().getName();
    }
}
