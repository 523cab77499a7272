using System;
using System.IO;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using DataGrip.Sample;

namespace DataGrip.Core.Tests.Sample;

/// <summary>What every test of the sample console needs: a temporary folder, files in it, and a run of the console.</summary>
public abstract class CliTestBase : IDisposable
{
    protected CliTestBase() => Folder = System.IO.Directory.CreateTempSubdirectory("datagrip-cli-").FullName;

    /// <summary>The temporary folder, removed after each test.</summary>
    protected string Folder { get; }

    public void Dispose()
    {
        System.IO.Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes a file into the folder and returns its path.</summary>
    protected string File(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes the projects as an export file and returns its path.</summary>
    protected string Export(params DataProject[] projects) => File("export.json", DataGripJson.WriteExport(Samples.Export(projects)));

    /// <summary>Runs the console and returns its exit code, standard output and standard error.</summary>
    protected static (int Exit, string Out, string Err) Run(params string[] args) => Run(Screen.Plain, args);

    /// <summary>Runs the console as on a terminal (both streams) of the given kind: a width to wrap to, colour, progress.</summary>
    protected static (int Exit, string Out, string Err) Run(Screen screen, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Cli.Run(args, output, error, screen, screen);
        return (exit, output.ToString(), error.ToString());
    }
}
