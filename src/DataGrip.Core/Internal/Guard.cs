using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DataGrip.Core.Internal;

/// <summary>The one argument check of the public API: a null argument is a caller's mistake, said with the argument's name.</summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="value"/>, or throws <see cref="ArgumentNullException"/> naming the argument when it is null.</summary>
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);
}
