using System;
using DataGrip.Core.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024-03", 2024, 3, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void TryParse_ValidText_Succeeds(string text, int year, int month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024/03")]
    [InlineData("24-03-2024")]
    [InlineData("2024-03-1")]
    [InlineData("0000-01")]
    [InlineData("２０２４-03")]
    public void TryParse_InvalidText_Fails(string? text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(0, 1));
    }

    [Fact]
    public void StartAndEnd_CoverTheWholeMonthOfAMonthDate()
    {
        var date = new PartialDate(2024, 2);

        Assert.Equal(new DateTime(2024, 2, 1), date.Start);
        Assert.Equal(new DateTime(2024, 2, 29), date.End);
    }

    [Property(MaxTest = 500)]
    public void ToString_ThenTryParse_RoundTrips(PositiveInt year, PositiveInt month, PositiveInt day, bool withDay)
    {
        var y = 1 + (year.Get % 9999);
        var m = 1 + (month.Get % 12);
        var date = withDay ? new PartialDate(y, m, 1 + (day.Get % DateTime.DaysInMonth(y, m))) : new PartialDate(y, m);

        Assert.True(PartialDate.TryParse(date.ToString(), out var parsed));
        Assert.Equal(date, parsed);
        Assert.Equal(date.GetHashCode(), parsed.GetHashCode());
    }

    [Property(MaxTest = 500)]
    public void Ordering_IsConsistentWithStart(PositiveInt a, PositiveInt b)
    {
        var x = new PartialDate(2000 + (a.Get % 50), 1 + (a.Get % 12));
        var y = new PartialDate(2000 + (b.Get % 50), 1 + (b.Get % 12), 1 + (b.Get % 28));

        Assert.Equal(Math.Sign(x.CompareTo(y)), -Math.Sign(y.CompareTo(x)));
        if (x.Start < y.Start)
        {
            Assert.True(x < y);
        }
    }
}
