using System;
using System.Linq;
using DataGrip.Sample;

try
{
    return Cli.Run(args, Console.Out, Console.Error);
}
catch (Exception ex)
{
    // Never a stack trace: a person gets a sentence in their language and an exit code.
    var english = args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() == "en";
    Console.Error.WriteLine(english
        ? $"Internal error ({ex.GetType().Name}): {ex.Message} Please report it with the file you used."
        : "Interne fout. Meld dit met het bestand dat u gebruikte.");
    return 70;
}
