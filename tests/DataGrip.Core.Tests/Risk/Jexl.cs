using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DataGrip.Core.Tests.Risk;

/// <summary>
/// Evaluates the subset of jexl that <c>prescan.yaml</c> writes its rules in and <c>decision-tree.yaml</c> its redirects (<c>"label" in labels</c>), with JavaScript's truthiness:
/// <c>? :</c>, <c>||</c>, <c>&amp;&amp;</c> (returning an operand), <c>== != &lt; &lt;= &gt; &gt;=</c>, <c>in [..]</c>,
/// <c>+</c>, <c>!</c>, strings in single or double quotes, <c>| count</c>, <c>bool()</c>, <c>answers('id')</c>, <c>countSelectedOptions('id')</c>,
/// <c>weightedCountMap(list, keys, weights)</c>, <c>scores.key</c>, <c>criteria.key</c>, and bare score keys.
/// </summary>
internal sealed class Jexl
{
    private readonly string text;
    private readonly Func<string, object?> resolve;
    private int at;

    private Jexl(string text, Func<string, object?> resolve)
    {
        this.text = text;
        this.resolve = resolve;
    }

    /// <summary>Evaluates an expression; <paramref name="resolve"/> gives the value of a name such as <c>answers:1.5.1</c>, <c>scores:betrokkenen</c>, <c>criteria:aplist</c> or a bare key.</summary>
    public static object? Evaluate(string expression, Func<string, object?> resolve)
    {
        var parser = new Jexl(expression, resolve);
        var value = parser.Ternary();
        parser.Space();
        if (parser.at != parser.text.Length)
        {
            throw new FormatException($"Unexpected '{parser.text[parser.at..]}' in {expression}");
        }

        return value;
    }

    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };

    public static double Number(object? value) => value switch
    {
        null => 0,
        bool b => b ? 1 : 0,
        double d => d,
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new FormatException("not a number"),
    };

    private object? Ternary()
    {
        var condition = Or();
        Space();
        if (!Eat("?"))
        {
            return condition;
        }

        var yes = Ternary();
        Expect(":");
        var no = Ternary();
        return Truthy(condition) ? yes : no;
    }

    private object? Or()
    {
        var left = And();
        while (Eat("||"))
        {
            var right = And();
            left = Truthy(left) ? left : right;
        }

        return left;
    }

    private object? And()
    {
        var left = Comparison();
        while (Eat("&&"))
        {
            var right = Comparison();
            left = Truthy(left) ? right : left;
        }

        return left;
    }

    private object? Comparison()
    {
        var left = Sum();
        foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">", "in " })
        {
            if (Eat(op))
            {
                var right = Sum();
                return op switch
                {
                    "==" => Same(left, right),
                    "!=" => !Same(left, right),
                    "<=" => Number(left) <= Number(right),
                    ">=" => Number(left) >= Number(right),
                    "<" => Number(left) < Number(right),
                    ">" => Number(left) > Number(right),
                    _ => right is List<object?> list && list.Any(item => Same(left, item)),
                };
            }
        }

        return left;
    }

    private object? Sum()
    {
        var left = Pipe();
        while (Eat("+"))
        {
            var right = Pipe();
            left = Number(left) + Number(right);
        }

        return left;
    }

    private object? Pipe()
    {
        var value = Primary();
        while (Eat("|"))
        {
            var name = Name();
            value = name == "count" ? (double)(value is List<object?> list ? list.Count : value is null ? 0 : 1) : throw new FormatException("unknown transform " + name);
        }

        return value;
    }

    private object? Primary()
    {
        Space();
        if (Eat("("))
        {
            var inner = Ternary();
            Expect(")");
            return inner;
        }

        if (Eat("["))
        {
            var items = new List<object?>();
            Space();
            if (!Eat("]"))
            {
                do
                {
                    items.Add(Ternary());
                }
                while (Eat(","));
                Expect("]");
            }

            return items;
        }

        if (Peek('\'') || Peek('"'))
        {
            return Text();
        }

        if (Eat("!"))
        {
            return !Truthy(Primary());
        }

        if (char.IsDigit(text[at]))
        {
            var start = at;
            while (at < text.Length && (char.IsDigit(text[at]) || text[at] == '.'))
            {
                at++;
            }

            return double.Parse(text[start..at], CultureInfo.InvariantCulture);
        }

        var name = Name();
        switch (name)
        {
            case "true":
                return true;
            case "false":
                return false;
            case "null":
                return null;
            case "bool":
                return Truthy(Arguments()[0]);
            case "answers":
                return resolve("answers:" + (string)Arguments()[0]!);
            case "countSelectedOptions":
                return (double)(resolve("answers:" + (string)Arguments()[0]!) is List<object?> picked ? picked.Count : 0);
            case "weightedCountMap":
                {
                    var args = Arguments();
                    var selected = args[0] as List<object?> ?? [];
                    var keys = (List<object?>)args[1]!;
                    var weights = (List<object?>)args[2]!;
                    var sum = 0.0;
                    foreach (var option in selected)
                    {
                        // The options carry a prefix ("Categorie betrokkenen: …") that the keys leave off; the rule means the option.
                        var index = keys.FindIndex(k => ((string)option!).EndsWith((string)k!, StringComparison.Ordinal));
                        sum += index >= 0 ? Number(weights[index]) : 0;
                    }

                    return sum;
                }

            case "scores" or "criteria":
                Expect(".");
                return resolve(name + ":" + Name());
            default:
                return resolve(name);
        }
    }

    private List<object?> Arguments()
    {
        Expect("(");
        var args = new List<object?>();
        Space();
        if (!Eat(")"))
        {
            do
            {
                args.Add(Ternary());
            }
            while (Eat(","));
            Expect(")");
        }

        return args;
    }

    private string Text()
    {
        var quote = text[at];
        at++;
        var start = at;
        while (text[at] != quote)
        {
            at++;
        }

        var value = text[start..at];
        at++;
        return value;
    }

    private string Name()
    {
        Space();
        var start = at;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '_'))
        {
            at++;
        }

        if (start == at)
        {
            throw new FormatException($"Expected a name at '{text[at..]}'");
        }

        return text[start..at];
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (double x, double y) => x == y,
        (bool x, bool y) => x == y,
        (string x, string y) => x == y,
        _ => false,
    };

    private void Space()
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }

    private bool Peek(char c)
    {
        Space();
        return at < text.Length && text[at] == c;
    }

    private bool Eat(string token)
    {
        Space();
        if (string.CompareOrdinal(text, at, token, 0, token.Length) != 0)
        {
            return false;
        }

        // "|" is not "||", and "<" is not "<=": the longer operators are tried first by the callers.
        if (token == "|" && at + 1 < text.Length && text[at + 1] == '|')
        {
            return false;
        }

        at += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Eat(token))
        {
            throw new FormatException($"Expected '{token}' at '{text[at..]}'");
        }
    }
}
