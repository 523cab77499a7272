using System;
using System.IO;
using DataGrip.Overlap.Embeddings;

// check: the model loads and runs here, and ranks a paraphrase above an unrelated sentence (exit 1 when not).
// eval: the figures of docs/overlap.md, "Sentence embeddings (plug-in)" (exit 1 when the register data is missing).
return args is ["check"] ? Check.Run()
    : args is ["eval"] ? EmbeddingEval.Run(FindRoot())
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: check | eval");
    return 2;
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DataGrip.Core.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
