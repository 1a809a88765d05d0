package dev.contentlint.style;

import dev.contentlint.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.tokenizer.UnknownFunctionOrVariableException;

/**
 * Vale's {@code metric}: a {@code formula} over the counts of {@link TextStats}, and a {@code
 * condition} such as {@code > 8}; when the value meets the condition, one alert for the region
 * as a whole, at its anchor, with the value formatted {@code %.2f} as Vale does, except that a
 * whole number is shown without decimals (a count of words reads "212", not "212.00").
 *
 * <p>Vale evaluates the formula as a Tengo expression with {@code math} imported; here it is
 * compiled once with exp4j: {@code heading.h1} is read as {@code heading_h1} (as Vale does),
 * {@code math.sqrt} and the other {@code math.} names as exp4j's functions. {@code ^} is refused,
 * since it is XOR in Tengo, not a power ({@code math.pow(x, y)} is). The condition is compared
 * against the value rounded to 6 decimals, as Vale prints it ({@code %f}) before comparing.
 *
 * <p>No alert where the region has no words (Vale returns no variables for an empty summary and
 * skips the rule), where the formula divides by zero, or where its value is not a finite number:
 * a value that cannot be computed says nothing about the text.
 */
public final class MetricCheck implements Check {

    public static final Set<String> KEYS = Set.of("formula", "condition");

    private static final Pattern HEADING = Pattern.compile("heading\\.(h[1-6])");
    private static final Pattern MATH_NAME = Pattern.compile("\\bmath\\.(\\w+)");
    private static final Pattern CONDITION =
            Pattern.compile("(?s)\\s*(>=|<=|==|!=|>|<)(.*)");

    /** exp4j's functions, named as Tengo's math module names them. */
    private static final Set<String> BUILT_IN = Set.of("abs", "acos", "asin", "atan", "cbrt",
            "ceil", "cos", "cosh", "exp", "expm1", "floor", "log", "log10", "log1p", "log2",
            "pow", "signum", "sin", "sinh", "sqrt", "tan", "tanh");
    private static final List<Function> EXTRA = List.of(
            binary("max", Math::max), binary("min", Math::min), binary("hypot", Math::hypot),
            binary("atan2", Math::atan2), binary("mod", (a, b) -> a % b),
            unary("trunc", a -> a < 0 ? Math.ceil(a) : Math.floor(a)), unary("exp2",
                    a -> Math.pow(2, a)), unary("round", a -> (double) Math.round(a)));
    private static final Map<String, String> CONSTANTS = Map.of("pi", "pi", "e", "e",
            "phi", "φ");

    private final Expression formula;
    /** Whether the formula reads a count that needs syllables, which cost most to count. */
    private final boolean needsSyllables;
    private final String operator;
    private final Expression limit;

    private MetricCheck(Expression formula, String operator, Expression limit) {
        this.formula = formula;
        this.operator = operator;
        this.limit = limit;
        java.util.Set<String> used = new java.util.HashSet<>(formula.getVariableNames());
        used.addAll(limit.getVariableNames());
        this.needsSyllables = used.stream().anyMatch(TextStats.NEED_SYLLABLES::contains);
    }

    public static Check from(RuleSource source) throws ConfigException {
        Expression formula = compile(source, "formula", source.string("formula"));
        String condition = source.string("condition");
        Matcher m = CONDITION.matcher(condition);
        if (!m.matches() || m.group(2).isBlank()) {
            throw source.error("condition", "'" + condition.strip() + "' is not a comparison"
                    + " such as '> 8', '<= 300' or '== 0' (operators: >, >=, <, <=, ==, !=)");
        }
        return new MetricCheck(formula, m.group(1), compile(source, "condition", m.group(2)));
    }

    @Override
    public List<Alert> check(ScopedText text) {
        TextStats stats = text.measured(needsSyllables);
        if (stats.words() == 0) {
            return List.of();
        }
        Map<String, Double> variables = stats.variables();
        double value;
        double bound;
        try {
            value = new Expression(formula).setVariables(variables).evaluate();
            bound = new Expression(limit).setVariables(variables).evaluate();
        } catch (ArithmeticException e) {
            return List.of();
        }
        if (!Double.isFinite(value) || Double.isNaN(bound)) {
            return List.of();
        }
        double shown = Double.parseDouble(String.format(Locale.ROOT, "%f", value));
        if (!holds(shown, bound)) {
            return List.of();
        }
        return List.of(Alert.of(text.anchorStart(), text.anchorEnd(),
                shownValue(value)));
    }

    private boolean holds(double value, double bound) {
        return switch (operator) {
            case ">" -> value > bound;
            case ">=" -> value >= bound;
            case "<" -> value < bound;
            case "<=" -> value <= bound;
            case "==" -> value == bound;
            default -> value != bound;
        };
    }

    private static Expression compile(RuleSource source, String key, String tengo)
            throws ConfigException {
        String expression = tengo.replaceAll("\\s+", " ").strip();
        if (expression.isEmpty()) {
            throw source.error(key, "is empty");
        }
        if (expression.contains("^")) {
            throw source.error(key, "'^' is not a power in Vale's formulas (it is XOR in Tengo);"
                    + " write math.pow(x, y)");
        }
        expression = HEADING.matcher(expression).replaceAll("heading_$1");
        Matcher names = MATH_NAME.matcher(expression);
        StringBuilder plain = new StringBuilder();
        while (names.find()) {
            String name = names.group(1);
            String replacement = CONSTANTS.containsKey(name) ? CONSTANTS.get(name)
                    : known(name) ? name : null;
            if (replacement == null) {
                throw source.error(key, "unknown function 'math." + name + "'; known: "
                        + String.join(", ", functionNames()) + ", and the constants math.pi,"
                        + " math.e, math.phi");
            }
            names.appendReplacement(plain, Matcher.quoteReplacement(replacement));
        }
        names.appendTail(plain);
        Expression built;
        try {
            built = new ExpressionBuilder(plain.toString())
                    .variables(Set.copyOf(TextStats.VARIABLES))
                    .functions(EXTRA)
                    .implicitMultiplication(false)
                    .build();
        } catch (UnknownFunctionOrVariableException e) {
            throw source.error(key, "unknown variable '" + e.getToken() + "'; variables are "
                    + String.join(", ", TextStats.VARIABLES) + " (functions are written"
                    + " math.sqrt(x) and so on)");
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw source.error(key, "invalid expression '" + tengo.strip() + "': "
                    + e.getMessage());
        }
        ValidationResult valid = built.validate(false);
        if (!valid.isValid()) {
            throw source.error(key, "invalid expression '" + tengo.strip() + "': "
                    + String.join("; ", valid.getErrors()));
        }
        return built;
    }

    private static boolean known(String name) {
        return BUILT_IN.contains(name) || EXTRA.stream().anyMatch(f -> f.getName().equals(name));
    }

    private static List<String> functionNames() {
        Set<String> names = new TreeSet<>(BUILT_IN);
        EXTRA.forEach(f -> names.add(f.getName()));
        List<String> result = new ArrayList<>();
        names.forEach(n -> result.add("math." + n));
        return result;
    }

    private interface Binary {
        double apply(double a, double b);
    }

    private interface Unary {
        double apply(double a);
    }

    private static Function binary(String name, Binary body) {
        return new Function(name, 2) {
            @Override
            public double apply(double... args) {
                return body.apply(args[0], args[1]);
            }
        };
    }

    private static Function unary(String name, Unary body) {
        return new Function(name, 1) {
            @Override
            public double apply(double... args) {
                return body.apply(args[0]);
            }
        };
    }

    private static String shownValue(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
