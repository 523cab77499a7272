using System;
using System.IO;

namespace DataGrip.Core.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The lines of a documentation page, such as <c>risk</c> for <c>docs/risk.md</c>.</summary>
    public static string[] DocLines(string page) => File.ReadAllLines(PathOf("docs", page + ".md"));

    /// <summary>The text of a documentation page, such as <c>risk</c> for <c>docs/risk.md</c>.</summary>
    public static string DocText(string page) => File.ReadAllText(PathOf("docs", page + ".md"));

    /// <summary>The shared register data next to the repository, or null when this machine does not have it.</summary>
    public static string? SharedData(params string[] parts)
    {
        var path = Path.Combine([Root, "..", "shared", "data", .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DataGrip.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find DataGrip.Core.sln above " + AppContext.BaseDirectory);
    }
}
