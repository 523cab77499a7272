using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Docs;

/// <summary>Every relative link of README.md and the docs pages leads to a file or folder of the repository.</summary>
public sealed class DocLinksTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Repository.PathOf("docs"), "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            pages.Add("docs/" + Path.GetFileName(page));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void RelativeLinks_Resolve(string page)
    {
        var path = Repository.PathOf(page.Split('/'));
        var folder = Path.GetDirectoryName(path)!;
        var links = Regex.Matches(File.ReadAllText(path), @"\]\(([^)#\s]+)(#[^)]*)?\)")
            .Select(m => m.Groups[1].Value)
            .Where(target => !Regex.IsMatch(target, "^(https?|mailto):"))
            .ToList();

        var broken = links.Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target))).ToList();
        Assert.True(broken.Count == 0, $"{page} links to what does not exist: {string.Join(", ", broken)}");
    }

    [Fact]
    public void TheReadme_LinksEveryDocsPage()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        foreach (var page in Directory.GetFiles(Repository.PathOf("docs"), "*.md"))
        {
            Assert.Contains("](docs/" + Path.GetFileName(page) + ")", readme, StringComparison.Ordinal);
        }
    }
}
