using System.IO;
using DataGrip.Core.Reference;

namespace DataGrip.Core.Tests.Reference;

public sealed class MunicipalityListTests
{
    [Fact]
    public void Default_HasThe342Municipalities()
    {
        Assert.Equal(342, MunicipalityList.Default.Count);
        Assert.True(MunicipalityList.Default.TryGet("GM0344", out var utrecht));
        Assert.Equal("Gemeente Utrecht", utrecht!.Name);
        Assert.True(MunicipalityList.Default.TryGet("gm0363", out var amsterdam));
        Assert.Equal("GM0363", amsterdam!.Code);
        Assert.False(MunicipalityList.Default.TryGet("GM9999", out _));
        Assert.False(MunicipalityList.Default.TryGet(null, out _));
    }

    [Fact]
    public void Load_BadList_ListsEveryProblemWithItsLine()
    {
        var text = "name;identifier\nGemeente A;GM0001\nkapot\nGemeente B;XX0002\nGemeente C;GM0001\n";

        var ex = Assert.Throws<InvalidDataException>(() => MunicipalityList.Load(new StringReader(text)));

        Assert.Equal(
            "Invalid municipality list: line 3: expected 'name;GMnnnn', found 'kapot'; line 4: expected 'name;GMnnnn', found 'Gemeente B;XX0002'; line 5: code GM0001 appears twice.",
            ex.Message);
    }

    [Fact]
    public void Load_EmptyList_IsRefused() =>
        Assert.Throws<InvalidDataException>(() => MunicipalityList.Load(new StringReader("name;identifier\n")));
}
