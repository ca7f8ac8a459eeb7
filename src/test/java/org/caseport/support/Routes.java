package org.caseport.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application as the handler mapping knows it, for tests that must cover each
 * one, including routes added after the test was written.
 */
public final class Routes {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private Routes() {
    }

    /** One method on one path pattern, and the controller method answering it. */
    public record Route(HttpMethod method, String pattern, HandlerMethod handler) {

        /** The path variables, in the order they appear in the pattern. */
        public List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path with each variable replaced by its value. */
        public String path(Map<String, Long> values) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, String.valueOf(values.get(matcher.group(1))));
            }
            return matcher.appendTail(path).toString();
        }

        public boolean isGet() {
            return method == HttpMethod.GET;
        }

        /** The name of the uploaded file the route takes, if it takes one. */
        public Optional<String> uploadedFile() {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (takesFiles(parameter)) {
                    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                    String name = param != null && !param.name().isEmpty() ? param.name()
                            : param != null && !param.value().isEmpty() ? param.value() : parameter.getParameterName();
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }

        private static boolean takesFiles(MethodParameter parameter) {
            return MultipartFile.class.equals(parameter.getParameterType())
                    || List.class.equals(parameter.getParameterType()) && MultipartFile.class.equals(
                            ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve());
        }

        @Override
        public String toString() {
            return method.name() + " " + pattern;
        }
    }

    /** The routes, one per method and pattern, sorted by pattern and method. */
    public static List<Route> of(RequestMappingHandlerMapping handlerMapping) {
        Map<String, Route> routes = new LinkedHashMap<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methodsOf(info)) {
                    Route route = new Route(HttpMethod.valueOf(method.name()), pattern, handler);
                    routes.putIfAbsent(route.toString(), route);
                }
            }
        });
        return routes.values().stream()
                .sorted(Comparator.comparing(Route::pattern).thenComparing(route -> route.method().name()))
                .toList();
    }

    private static Set<RequestMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }
}
