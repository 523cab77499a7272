using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using DataGrip.Core.Overlap;
using DataGrip.Core.Reporting;

namespace DataGrip.Sample;

/// <summary>
/// The console's command line on System.CommandLine: the commands, their options, help and usage errors in the
/// chosen language (the library's own texts are English only, so help and errors are written here).
/// </summary>
internal sealed class CommandLine
{
    /// <summary>The name a person types (the .NET tool's command).</summary>
    public const string Name = "datagrip";

    private readonly CultureInfo culture;
    private readonly bool dutch;
    private readonly TextWriter output;
    private readonly TextWriter error;

    /// <summary>The messages our own parsers and validators gave, told apart from System.CommandLine's English ones.</summary>
    private readonly HashSet<string> own = new(StringComparer.Ordinal);

    public CommandLine(CultureInfo culture, TextWriter output, TextWriter error)
    {
        this.culture = culture;
        dutch = Cli.Dutch(culture);
        this.output = output;
        this.error = error;
        Root = new RootCommand(Say(
            "Controleert, beoordeelt en vergelijkt de projecten in een DataGrip-export, en schrijft het griprapport.",
            "Validates, assesses and compares the projects in a DataGrip export, and writes the grip report."));
        var lang = Choice("--lang", ["nl", "en"], Say("Taal van meldingen en hulp (standaard: nl).", "Language of messages and help (default: nl)."));
        lang.Recursive = true;
        Root.Options.Add(lang);
        foreach (var option in Root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = Say("Toont deze hulp; met een opdracht de hulp bij die opdracht.", "Shows this help; with a command, that command's help.");
                help.Action = new HelpWriter(this);
            }
            else if (option is VersionOption version)
            {
                version.Description = Say("Toont de versie.", "Shows the version.");
            }
        }

        Root.Subcommands.Add(Validate());
        Root.Subcommands.Add(Completeness());
        Root.Subcommands.Add(Risk());
        Root.Subcommands.Add(Overlap());
        Root.Subcommands.Add(Report());
        Root.Subcommands.Add(Import());
        Root.Subcommands.Add(ExportRegister());
    }

    public RootCommand Root { get; }

    /// <summary>Runs a command line: help (exit 0), a usage error on standard error (exit 2), or the command's own exit code.</summary>
    public int Run(string[] args)
    {
        // No response files: "@export.json" is a file name like any other.
        var parse = Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Action is HelpWriter)
        {
            return parse.Invoke(configuration);
        }

        if (args.Length == 0)
        {
            WriteHelp(Root, error);
            return Cli.UsageOrIo;
        }

        if (parse.Errors.Count == 0)
        {
            return parse.Invoke(configuration);
        }

        var command = parse.CommandResult.Command;
        error.WriteLine(ScreenWriter.Paint(error, Problem(parse), Tone.Bad));
        error.WriteLine(Say("Gebruik: ", "Usage: ") + Synopsis(command));
        error.WriteLine(Say($"Meer: {Name}{(command == Root ? "" : " " + command.Name)} --help", $"More: {Name}{(command == Root ? "" : " " + command.Name)} --help"));
        return Cli.UsageOrIo;
    }

    /// <summary>The language of a command line, read before parsing so that help and errors are in it: the value of <c>--lang</c> (any case, <c>--lang=en</c> too); Dutch otherwise.</summary>
    public static CultureInfo LanguageOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args[i]);
            if (name.Equals("--lang", StringComparison.OrdinalIgnoreCase))
            {
                var given = value ?? (i + 1 < args.Count ? args[i + 1] : null);
                return new CultureInfo(string.Equals(given, "en", StringComparison.OrdinalIgnoreCase) ? "en-GB" : "nl-NL");
            }
        }

        return new CultureInfo("nl-NL");
    }

    /// <summary>
    /// Option names and the command in any case (<c>--LANG</c>, <c>Validate</c>), and <c>help &lt;command&gt;</c> as
    /// <c>&lt;command&gt; --help</c>: what a person types, in the form the parser knows. Values are left as typed.
    /// </summary>
    public static string[] Normalise(string[] args)
    {
        var tokens = args.Select(a =>
        {
            var (name, value) = Split(a);
            return name.StartsWith("--", StringComparison.Ordinal) ? name.ToLowerInvariant() + (value is null ? "" : a.Substring(name.Length)) : a;
        }).ToList();
        if (tokens.Count > 0 && !tokens[0].StartsWith('-'))
        {
            tokens[0] = tokens[0].ToLowerInvariant() is var command && Commands.Contains(command) ? command : tokens[0];
        }

        if (tokens.Count > 0 && tokens[0] == "help")
        {
            tokens.RemoveAt(0);
            tokens.Add("--help");
        }

        return [.. tokens];
    }

    private static readonly string[] Commands = ["help", "validate", "completeness", "risk", "overlap", "report", "import", "export-algoritmeregister"];

    private static (string Name, string? Value) Split(string token)
    {
        var at = token.StartsWith("--", StringComparison.Ordinal) ? token.IndexOfAny(['=', ':']) : -1;
        return at < 0 ? (token, null) : (token.Substring(0, at), token.Substring(at + 1));
    }

    private string Say(string nl, string en) => dutch ? nl : en;

    // ---- the commands -------------------------------------------------------------------------------------------

    private Command Validate()
    {
        var (command, file, format) = OnExport("validate", Say(
            "Controleert een DataGrip-export (JSON) tegen het gepubliceerde schema en de inhoudelijke controles.",
            "Validates a DataGrip export (JSON) against the published schema and the semantic checks."));
        command.SetAction(p => Cli.Validate(p.GetValue(file)!, Json(p, format), culture, Writer(p, format), error));
        return command;
    }

    private Command Completeness()
    {
        var (command, file, format) = OnExport("completeness", Say(
            "Scoort hoe volledig de registratie van elk project is, per perspectief, met cijfers voor het hele portfolio.",
            "Scores how complete each project's registration is, per perspective, with portfolio figures."));
        var explain = Explain(command, Say("Toont elke indicator van één project.", "Lists every indicator of one project."));
        var profile = Path(command, "--profile", null, Say("<bestand>", "<file>"), Say(
            "Een eigen volledigheidsprofiel (JSON, zie docs/completeness.md): andere gewichten, uitgezette indicatoren.",
            "A completeness profile of your own (JSON, see docs/completeness.md): other weights, indicators switched off."));
        command.SetAction(p => Cli.Completeness(p.GetValue(file)!, p.GetValue(profile), Json(p, format), culture, p.GetValue(explain), Writer(p, format), error));
        return command;
    }

    private Command Risk()
    {
        var (command, file, format) = OnExport("risk", Say(
            "Beoordeelt het risico van elk project: Pre-scan DPIA, klasse volgens de AI-verordening, registercategorie, impactniveau, ontbrekende toetsen, en het risicokader van de raad (standaard het ingebouwde).",
            "Assesses each project's risk: Pre-scan DPIA, AI Act class, register category, impact level, missing assessments, and the council's risk framework (default: the built-in one)."));
        var explain = Explain(command, Say("Toont elke reden van één project.", "Lists every reason of one project."));
        var framework = Path(command, "--framework", null, Say("<bestand>", "<file>"), Say(
            "Het risicokader van de raad (JSON volgens schema/v1/datagrip-risk-framework.schema.json).",
            "The council's risk framework (JSON, schema/v1/datagrip-risk-framework.schema.json)."));
        var noInference = new Option<bool>("--no-inference") { Description = Say("Leid geen antwoorden af uit de eigen tekst van de registratie.", "Does not read answers from the registration's own words.") };
        command.Options.Add(noInference);
        command.SetAction(p => Cli.Risk(p.GetValue(file)!, p.GetValue(framework), !p.GetValue(noInference), Json(p, format), culture, p.GetValue(explain), Writer(p, format), error));
        return command;
    }

    private Command Overlap()
    {
        var (command, file, format) = OnExport("overlap", Say("Vindt projecten die hetzelfde doen, en waarom.", "Finds projects that do the same thing, and why."));
        var defaults = OverlapOptions.Default;
        var threshold = Parsed<double>(command, "--threshold", Say("<getal>", "<number>"),
            Say($"Laagste score van een getoond paar, van {0.01.ToString(culture)} tot 1 (standaard {defaults.Threshold.ToString(culture)}).", $"Lowest score of a pair shown, {0.01.ToString(culture)} to 1 (default {defaults.Threshold.ToString(culture)})."),
            text => double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0.01 and <= 1 ? value : (double?)null,
            Say($"geef een getal van {0.01.ToString(culture)} tot 1, zoals {0.25.ToString(culture)}", $"give a number from 0.01 to 1, such as 0.25"));
        var top = Parsed<int>(command, "--top", Say("<aantal>", "<count>"),
            Say($"Hoogstens zoveel paren per project, van 1 tot 1000 (standaard {defaults.MaxPairsPerProject}).", $"At most this many pairs per project, 1 to 1000 (default {defaults.MaxPairsPerProject})."),
            text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 1000 ? value : (int?)null,
            Say("geef een heel getal van 1 tot 1000", "give a whole number from 1 to 1000"));
        command.SetAction(p =>
        {
            // A threshold asked for is the lowest score shown; a top asked for caps the nearest neighbours as well.
            var options = defaults with
            {
                Threshold = p.GetValue(threshold) ?? defaults.Threshold,
                NeighbourThreshold = p.GetValue(threshold) is null ? defaults.NeighbourThreshold : 0,
                MaxPairsPerProject = p.GetValue(top) ?? defaults.MaxPairsPerProject,
                NeighboursPerProject = Math.Min(p.GetValue(top) ?? defaults.NeighboursPerProject, defaults.NeighboursPerProject),
            };
            return OverlapCommand.Run(p.GetValue(file)!, options, Json(p, format), culture, Writer(p, format), error);
        });
        return command;
    }

    private Command Report()
    {
        var command = new Command("report", Say(
            "Het griprapport van het hele portfolio voor één doelgroep, als één HTML-bestand (standaard), JSON of CSV-werklijsten.",
            "The grip report of the whole portfolio for one audience, as one HTML file (default), JSON or CSV worklists."));
        var file = FileArgument(command, Export);
        var format = Choice("--format", ["html", "json", "csv"], Say("Eén HTML-bestand (standaard), JSON, of CSV-werklijsten.", "One HTML file (default), JSON, or CSV worklists."));
        command.Options.Add(format);
        var target = Path(command, "--output", "-o", Say("<bestand>", "<file>"), Say("Het bestand waarin het rapport komt (verplicht).", "The file the report is written to (required)."));
        var previous = Path(command, "--previous", null, Say("<bestand>", "<file>"), Say("Een eerdere export: het rapport toont wat sindsdien veranderde.", "An earlier export: the report shows what changed since."));
        var audience = Choice("--audience", ["cdo", "college", "council", "public"], Say(
            "Voor wie het rapport is: het CDO-bureau (standaard), het college, de raad of het publiek.",
            "Who the report is for: the CDO office (default), the executive board, the council or the public."));
        command.Options.Add(audience);
        var framework = Path(command, "--framework", null, Say("<bestand>", "<file>"), Say("Het risicokader van de raad (JSON).", "The council's risk framework (JSON)."));
        var asOf = Parsed<DateTime>(command, "--as-of", Say("<JJJJ-MM-DD>", "<YYYY-MM-DD>"), Say("De peildatum van het rapport (standaard vandaag).", "The report's reference date (default today)."),
            text => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1900 and <= 9000 ? day : (DateTime?)null,
            Say("geef een datum JJJJ-MM-DD, zoals 2026-11-20", "give a date YYYY-MM-DD, such as 2026-11-20"));
        Require(command, target, Say("<bestand>", "<file>"));
        command.SetAction(p =>
        {
            var options = PortfolioReportOptions.Default with
            {
                Audience = p.GetValue(audience) switch { "college" => ReportAudience.College, "council" => ReportAudience.Council, "public" => ReportAudience.Public, _ => ReportAudience.Cdo },
                AsOf = p.GetValue(asOf),
            };
            return ReportCommand.Run(p.GetValue(file)!, p.GetValue(previous), p.GetValue(framework), p.GetValue(target)!, p.GetValue(format)!, options, culture, output, error);
        });
        return command;
    }

    private Command Import()
    {
        var command = new Command("import", Say(
            "Zet gegevens uit het Algoritmeregister (JSON of CSV, standaardversies 0.1 tot en met 1.0) om in een DataGrip-export, met per veld een overzicht: overgenomen, genormaliseerd, als extensie bewaard, overgeslagen.",
            "Imports Algoritmeregister data (JSON or CSV, standard 0.1 to 1.0) into a DataGrip export, with a summary per field: mapped, normalised, kept as extension, skipped."));
        var file = FileArgument(command, Say("Gegevens uit het Algoritmeregister (JSON of CSV).", "Algoritmeregister data (JSON or CSV)."));
        command.Options.Add(Choice("--from", ["algoritmeregister"], Say("De bron van de gegevens; tot nu toe alleen het Algoritmeregister.", "Where the data comes from; so far only the Algoritmeregister.")));
        var target = Path(command, "--output", "-o", Say("<bestand>", "<file>"), Say("Het bestand waarin de export komt; zonder alleen het overzicht.", "The file the export is written to; without it, only the summary."));
        command.SetAction(p => InteropCommands.Import(p.GetValue(file)!, p.GetValue(target), culture, output, error));
        return command;
    }

    private Command ExportRegister()
    {
        var command = new Command("export-algoritmeregister", Say(
            "Schrijft elk project als aanlevering voor het Algoritmeregister (standaardversie 1.0): een bestand per project in een map, of één JSON-lijst in een bestand.",
            "Writes each project as an Algoritmeregister submission (standard 1.0): one file per project into a directory, or one JSON array into a file."));
        var file = FileArgument(command, Export);
        var label = Say("<map of bestand>", "<directory or file>");
        var target = Path(command, "--output", "-o", label, Say("Een map (een bestand per project) of een bestand (één JSON-lijst); verplicht.", "A directory (one file per project) or a file (one JSON array); required."));
        Require(command, target, label);
        command.SetAction(p => InteropCommands.Export(p.GetValue(file)!, p.GetValue(target)!, culture, output, error));
        return command;
    }

    // ---- arguments and options ----------------------------------------------------------------------------------

    private string Export => Say("De export (JSON).", "The export (JSON).");

    /// <summary>A command on an export that writes a table or JSON: its file argument and its <c>--format text|json</c>.</summary>
    private (Command Command, Argument<string> File, Option<string> Format) OnExport(string name, string description)
    {
        var command = new Command(name, description);
        var file = FileArgument(command, Export);
        var format = Choice("--format", ["text", "json"], Say("Een leesbare tabel (standaard) of JSON voor programma's.", "A readable table (default) or JSON for tools."));
        command.Options.Add(format);
        return (command, file, format);
    }

    private Argument<string> FileArgument(Command command, string description)
    {
        // Zero or one, so that a missing file is our own message, in the chosen language.
        var file = new Argument<string>("file") { HelpName = Say("bestand", "file"), Description = description, Arity = ArgumentArity.ZeroOrOne };
        command.Arguments.Add(file);
        command.Validators.Add(result =>
        {
            if (string.IsNullOrEmpty(result.GetValue(file)))
            {
                Add(result, Say($"'{command.Name}' vraagt een bestand.", $"{command.Name} needs a file."));
            }
        });
        return file;
    }

    private void Require(Command command, Option<string> option, string label) => command.Validators.Add(result =>
    {
        if (result.GetResult(option) is null)
        {
            Add(result, Say($"'{command.Name}' vraagt '{option.Aliases.FirstOrDefault() ?? option.Name} {label}'.", $"{command.Name} needs '{option.Aliases.FirstOrDefault() ?? option.Name} {label}'."));
        }
    });

    private Option<string> Explain(Command command, string description)
    {
        var explain = new Option<string>("--explain") { HelpName = "id", Description = description };
        command.Options.Add(explain);
        return explain;
    }

    private static Option<string> Path(Command command, string name, string? alias, string label, string description)
    {
        var option = alias is null ? new Option<string>(name) : new Option<string>(name, alias);
        option.HelpName = label.Trim('<', '>');
        option.Description = description;
        command.Options.Add(option);
        return option;
    }

    /// <summary>An option of a few values, in any case (<c>--format JSON</c>), with a suggestion for a typo; the first value is the default.</summary>
    private Option<string> Choice(string name, string[] values, string description) => new(name)
    {
        Description = description,
        HelpName = string.Join("|", values),
        DefaultValueFactory = _ => values[0],
        CustomParser = result =>
        {
            var typed = result.Tokens[^1].Value;
            if (values.FirstOrDefault(v => v.Equals(typed, StringComparison.OrdinalIgnoreCase)) is { } value)
            {
                return value;
            }

            var choose = string.Join(Say(" of ", " or "), values.Select(v => $"'{v}'"));
            Add(result, Say($"'{typed}' kan niet bij '{name}'; kies {choose}.", $"'{typed}' is not a value of '{name}'; choose {choose}.") + Suggestion(typed, values));
            return values[0];
        },
    };

    /// <summary>An option whose value is parsed, with our own message when it cannot be.</summary>
    private Option<T?> Parsed<T>(Command command, string name, string label, string description, Func<string, T?> parse, string expected)
        where T : struct
    {
        var option = new Option<T?>(name)
        {
            Description = description,
            HelpName = label.Trim('<', '>'),
            CustomParser = result =>
            {
                var typed = result.Tokens[^1].Value;
                if (parse(typed) is { } value)
                {
                    return value;
                }

                Add(result, Say($"'{typed}' kan niet bij '{name}': {expected}.", $"'{typed}' is not a value of '{name}': {expected}."));
                return null;
            },
        };
        command.Options.Add(option);
        return option;
    }

    private void Add(SymbolResult result, string message)
    {
        own.Add(message);
        result.AddError(message);
    }

    private static bool Json(ParseResult parse, Option<string> format) => parse.GetValue(format) == "json";

    /// <summary>JSON goes to the stream as it is: wrapping it to a terminal's width would break it.</summary>
    private TextWriter Writer(ParseResult parse, Option<string> format) => Json(parse, format) ? ScreenWriter.Raw(output) : output;

    // ---- usage errors ------------------------------------------------------------------------------------------

    /// <summary>The first thing wrong with a command line, in the chosen language, with "did you mean" for a typo.</summary>
    private string Problem(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (parse.UnmatchedTokens.FirstOrDefault() is { } token)
        {
            // After "--" everything is an argument, even what looks like an option.
            var afterDoubleDash = parse.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).Any(t => t.Value == token && t.Type != TokenType.DoubleDash);
            if (token.StartsWith('-') && !afterDoubleDash)
            {
                var names = Options(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal) || n.Length == 2);
                return (command == Root
                    ? Say($"Onbekende optie '{token}'.", $"Unknown option '{token}'.")
                    : Say($"Onbekende optie '{token}' bij '{command.Name}'.", $"Unknown option '{token}' for {command.Name}.")) + Suggestion(token, names);
            }

            return command == Root
                ? Say($"Onbekende opdracht '{token}'.", $"Unknown command '{token}'.") + Suggestion(token, Root.Subcommands.Select(c => c.Name))
                : Say($"Onverwacht argument '{token}': '{command.Name}' neemt één bestand.", $"Unexpected argument '{token}': {command.Name} takes one file.");
        }

        if (command == Root)
        {
            return Say("Geef een opdracht.", "Give a command.");
        }

        var errors = parse.Errors;
        if (errors.FirstOrDefault(e => own.Contains(e.Message)) is { } mine)
        {
            return mine.Message;
        }

        var first = errors[0];
        if (first.SymbolResult is OptionResult { } option)
        {
            var name = option.IdentifierToken?.Value ?? option.Option.Name;
            return option.Tokens.Count == 0
                ? Say($"De optie '{name}' vraagt een waarde ({Label(option.Option)}).", $"Option '{name}' needs a value ({Label(option.Option)}).")
                : Say($"De optie '{name}' mag maar één keer.", $"Option '{name}' may be given only once.");
        }

        return dutch ? $"De opdracht '{command.Name}' is niet goed aangeroepen." : first.Message;
    }

    /// <summary>" Did you mean 'x'?" for the nearest known name (edit distance at most a third of the length), or nothing.</summary>
    private string Suggestion(string typed, IEnumerable<string> known)
    {
        var best = known.Distinct()
            .Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(1, typed.Length / 3) || (typed.Length >= 3 && k.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).Select(k => k.Name).FirstOrDefault();
        return best is null ? string.Empty : Say($" Bedoelt u '{best}'?", $" Did you mean '{best}'?");
    }

    /// <summary>Levenshtein distance, with a swap of two neighbours counted as one edit (optimal string alignment).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    // ---- help ---------------------------------------------------------------------------------------------------

    /// <summary>Every option of a command: its own and those of the root that reach it.</summary>
    private IEnumerable<Option> Options(Command command) =>
        command == Root ? Root.Options.Where(o => !o.Hidden) : command.Options.Concat(Root.Options.Where(o => o.Recursive)).Where(o => !o.Hidden);

    private static string Label(Option option) =>
        option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0 ? string.Empty : option.HelpName is { } name && name.Contains('|') ? name : "<" + (option.HelpName ?? "value") + ">";

    private string Synopsis(Command command) => command == Root
        ? $"{Name} {Say("<opdracht>", "<command>")} {Say("<bestand>", "<file>")} [{Say("opties", "options")}]"
        : $"{Name} {command.Name} {string.Join(" ", command.Arguments.Select(a => "<" + a.HelpName + ">"))} [{Say("opties", "options")}]";

    /// <summary>The help of a command (or of the whole tool), wrapped to the writer's width.</summary>
    private void WriteHelp(Command command, TextWriter writer)
    {
        var width = ScreenWriter.WidthOf(writer);
        writer.WriteLine(command.Description);
        writer.WriteLine();
        writer.WriteLine(ScreenWriter.Paint(writer, Say("Gebruik:", "Usage:"), Tone.Heading) + " " + Synopsis(command));
        if (command == Root)
        {
            Section(writer, Say("Opdrachten:", "Commands:"), Root.Subcommands.Select(c => (c.Name, c.Description ?? string.Empty)), width);
        }
        else
        {
            Section(writer, Say("Argument:", "Argument:"), command.Arguments.Select(a => ("<" + a.HelpName + ">", a.Description ?? string.Empty)), width);
        }

        Section(writer, Say("Opties:", "Options:"), Options(command).Select(o => (string.Join(", ", o.Aliases.Where(a => a.Length == 2 && a[0] == '-' && char.IsLetter(a[1])).Append(o.Name)) + (Label(o).Length > 0 ? " " + Label(o) : ""), o.Description ?? string.Empty)), width);
        writer.WriteLine();
        var exits = Say(
            "Afsluitcodes: 0 klaar (bij 'validate': geldig), 1 bevindingen van de ernst fout, 2 verkeerde aanroep of bestand niet te lezen, 70 interne fout.",
            "Exit codes: 0 done (validate: valid), 1 findings of severity error, 2 usage or I/O error, 70 internal error.");
        writer.WriteLine(exits);
        if (command == Root)
        {
            writer.WriteLine(Say($"De hulp bij één opdracht: {Name} <opdracht> --help.", $"One command's help: {Name} <command> --help."));
        }
    }

    private static void Section(TextWriter writer, string title, IEnumerable<(string Name, string Description)> rows, int? width)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(ScreenWriter.Paint(writer, title, Tone.Heading));
        var column = Math.Min(32, list.Max(r => r.Name.Length) + 4);
        foreach (var (name, description) in list)
        {
            var room = width is { } w ? Math.Max(20, w - column) : (int?)null;
            var lines = ScreenWriter.Wrap(description, room, hanging: 0).ToList();
            var first = "  " + name;
            if (first.Length + 2 > column)
            {
                writer.WriteLine(first);
                first = string.Empty;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                writer.WriteLine((i == 0 ? first : string.Empty).PadRight(column) + lines[i]);
            }
        }
    }

    /// <summary>Help in the chosen language, for <c>-h</c>, <c>--help</c> and <c>help</c>; on standard output, exit 0.</summary>
    private sealed class HelpWriter(CommandLine line) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            line.WriteHelp(parseResult.CommandResult.Command, line.output);
            return Cli.Valid;
        }
    }
}
